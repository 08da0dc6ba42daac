# Config loader that annotates errors with add_note() and re-raises: the uncaught
# traceback shows the notes and the implicit chaining ("During handling ...").
class ConfigError(Exception):
    def __init__(self, key, problem):
        super().__init__(key, problem)
        self.key, self.problem = key, problem
    def __str__(self):
        return f"[{self.key}] {self.problem}"

SCHEMA = {"port": int, "host": str, "timeout": float, "retries": int}

def load(text):
    cfg = {}
    for n, line in enumerate(text.strip().splitlines(), 1):
        key, _, raw = line.partition("=")
        key, raw = key.strip(), raw.strip()
        try:
            conv = SCHEMA[key]
            cfg[key] = conv(raw)
        except KeyError:
            err = ConfigError(key, "unknown key")
            err.add_note(f"line {n}: {line!r}")
            err.add_note(f"known keys: {', '.join(sorted(SCHEMA))}")
            raise err
        except ValueError as e:
            e.add_note(f"while reading {key!r} on line {n}")
            raise
    return cfg

print(load("port = 8080\nhost = example.org\ntimeout = 2.5"))
try:
    load("port = 80\nhots = typo")
except ConfigError as e:
    print("caught:", e, e.__notes__)
try:
    load("retries = many")
except ValueError as e:
    print("caught:", e, e.__notes__)
load("timeout = 1.5\nport = eighty")
