# A small template engine: {{ var | filter }} substitution, {% for %} / {% if %} blocks
class TemplateError(Exception):
    pass

FILTERS = {
    "upper": str.upper, "lower": str.lower, "title": str.title, "strip": str.strip,
    "len": len, "reverse": lambda s: s[::-1], "money": lambda v: f"${v:,.2f}",
    "join": lambda v: ", ".join(map(str, v)), "default": lambda v: v if v else "(none)",
}

def lookup(ctx, path):
    cur = ctx
    for part in path.split("."):
        if isinstance(cur, dict):
            if part not in cur:
                raise TemplateError(f"undefined variable {path!r}")
            cur = cur[part]
        elif part.isdigit():
            cur = cur[int(part)]
        else:
            try:
                cur = getattr(cur, part)
            except AttributeError:
                raise TemplateError(f"undefined variable {path!r}") from None
    return cur

def eval_expr(expr, ctx):
    parts = [p.strip() for p in expr.split("|")]
    head = parts[0]
    if head.startswith(("'", '"')):
        value = head[1:-1]
    elif head.lstrip("-").isdigit():
        value = int(head)
    else:
        value = lookup(ctx, head)
    for f in parts[1:]:
        if f not in FILTERS:
            raise TemplateError(f"unknown filter {f!r}")
        value = FILTERS[f](value)
    return value

def tokenize(src):
    i = 0
    while i < len(src):
        a, b = src.find("{{", i), src.find("{%", i)
        starts = [x for x in (a, b) if x != -1]
        if not starts:
            yield ("text", src[i:]); return
        j = min(starts)
        if j > i:
            yield ("text", src[i:j])
        close = "}}" if src.startswith("{{", j) else "%}"
        k = src.find(close, j)
        if k == -1:
            raise TemplateError(f"unclosed tag at {j}")
        yield ("var" if close == "}}" else "tag", src[j + 2:k].strip())
        i = k + 2

def parse(tokens, end=()):
    nodes = []
    for kind, val in tokens:
        if kind == "tag":
            word = val.split()[0]
            if word in end:
                return nodes, word
            if word == "for":
                _, var, _in, seq = val.split(None, 3)
                body, stop = parse(tokens, ("endfor",))
                nodes.append(("for", var, seq, body))
            elif word == "if":
                body, stop = parse(tokens, ("else", "endif"))
                other = []
                if stop == "else":
                    other, stop = parse(tokens, ("endif",))
                nodes.append(("if", val[3:].strip(), body, other))
            else:
                raise TemplateError(f"unknown tag {word!r}")
        else:
            nodes.append((kind, val))
    if end:
        raise TemplateError(f"missing {' or '.join(end)}")
    return nodes, None

def render(nodes, ctx):
    out = []
    for node in nodes:
        kind = node[0]
        if kind == "text":
            out.append(node[1])
        elif kind == "var":
            out.append(str(eval_expr(node[1], ctx)))
        elif kind == "for":
            _, var, seq, body = node
            items = eval_expr(seq, ctx)
            for idx, item in enumerate(items):
                out.append(render(body, {**ctx, var: item, "loop": {"index": idx + 1, "last": idx == len(items) - 1}}))
        elif kind == "if":
            _, cond, body, other = node
            neg = cond.startswith("not ")
            val = bool(eval_expr(cond[4:] if neg else cond, ctx))
            out.append(render(body if val != neg else other, ctx))
    return "".join(out)

def template(src, ctx):
    nodes, _ = parse(tokenize(src))
    return render(nodes, ctx)

ctx = {"user": {"name": "  ada lovelace ", "langs": ["python", "ml", "analytical engine"]},
       "orders": [{"id": 1, "total": 1234.5}, {"id": 2, "total": 9.99}], "empty": [], "title": "Report"}
print(template("Hello {{ user.name | strip | title }}! You know {{ user.langs | join }} ({{ user.langs | len }}).", ctx))
print(template("{% for o in orders %}#{{ o.id }}: {{ o.total | money }}{% if loop.last %}.{% else %}; {% endif %}{% endfor %}", ctx))
print(template("{% if empty %}has items{% else %}{{ empty | default }}{% endif %} | {{ 'shout' | upper | reverse }} | {{ -5 }}", ctx))
print(template("{% for l in user.langs %}[{{ loop.index }}:{{ l | upper }}]{% endfor %} first={{ user.langs.0 }}", ctx))
print(template("{% if not title %}no title{% else %}{{ title | lower }}{% endif %}", ctx))
for bad in ["{{ missing }}", "{{ title | nope }}", "{% for x in orders %}oops", "{{ unclosed", "{% while %}", "{{ user.age }}", "{{ title.upper.x }}"]:
    try:
        print(template(bad, ctx))
    except TemplateError as e:
        print("TemplateError:", e)
