# Uncaught custom exception raised from a method.
class ConfigError(Exception):
    pass
class Loader:
    def load(self, name):
        if not name.endswith(".cfg"):
            raise ConfigError(f"unsupported file {name!r}")
        return {}
loader = Loader()
print(loader.load("a.cfg"))
loader.load("b.txt")
