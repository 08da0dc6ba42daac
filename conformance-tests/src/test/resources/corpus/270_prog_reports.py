# String formatting of reports: alignment, thousands separators, percentages, wrapping
SALES = [
    ("North", "Widgets", 12, 1250.5), ("North", "Gadgets", 3, 9999.99), ("South", "Widgets", 40, 1100.0),
    ("South", "Gizmos", 7, 0.5), ("East", "Widgets", 0, 1250.5), ("East", "Gadgets", 15, 10500.0),
    ("West", "Gizmos", 1234, 3.25), ("West", "Widgets", 2, 1300.0),
]

def table(rows, headers, aligns):
    widths = [max(len(str(x)) for x in col) for col in zip(headers, *rows)]
    def line(cells):
        return "| " + " | ".join(f"{str(c):{a}{w}}" for c, a, w in zip(cells, aligns, widths)) + " |"
    sep = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
    out = [sep, line(headers), sep.replace("-", "=")]
    out += [line(r) for r in rows]
    out.append(sep)
    return "\n".join(out)

rows = []
for region, product, qty, price in sorted(SALES, key=lambda r: (r[0], -r[2] * r[3])):
    rows.append((region, product, f"{qty:,}", f"{price:,.2f}", f"{qty * price:,.2f}"))
print(table(rows, ("Region", "Product", "Qty", "Price", "Revenue"), "<<>>>"))

totals = {}
for region, _, qty, price in SALES:
    totals[region] = totals.get(region, 0) + qty * price
grand = sum(totals.values())
for region, amount in sorted(totals.items(), key=lambda kv: kv[1], reverse=True):
    share = amount / grand
    print(f"{region:.<10}{amount:.>14,.2f} {share:7.2%} |{'█' * int(share * 30):<30}|")
print(f"{'GRAND TOTAL':=^40}")
print(f"{grand:^40,.3f}")
print(f"{grand:e} {grand:.3g} {grand:g} {1e-7:g} {123456789.0:g} {0.0001234:.2e} {grand:_.1f}")

def wrap(text, width):
    lines, cur = [], ""
    for word in text.split():
        if cur and len(cur) + 1 + len(word) > width:
            lines.append(cur)
            cur = word
        else:
            cur = f"{cur} {word}" if cur else word
    if cur:
        lines.append(cur)
    return lines

para = ("Specula runs Python programs on the JVM. This report checks that string formatting, "
        "alignment and wrapping behave exactly like CPython, including unusual widths and fills.")
for width in (30, 45):
    print(f"--- width {width} ---")
    for ln in wrap(para, width):
        print(f"|{ln:<{width}}|")
    for ln in wrap(para, width)[:2]:
        print(f"|{ln:>{width}}|")
        print(f"|{ln:^{width}}|")
print("%(name)s has %(n)03d items costing %(cost)8.2f" % {"name": "cart", "n": 7, "cost": 19.999})
print("%s|%r|%a|%5s|%-5s|%c%c" % ("ü", "ü", "ü", "ab", "ab", 65, "z"))
print("{0}{1}{0}".format("ab", "-"), "{:>{w}.{p}f}".format(3.14159, w=10, p=3), "{!r:>8}".format("x"))
print("{0[1]} {1[k]} {2.real}".format([5, 6], {"k": "v"}, 3))
for v in (0.0, -0.0, 1.5, -2.25, 1e16, 12345.6789, float("inf"), float("nan")):
    print(f"[{v:+.2f}] [{v:10.3}] [{v: g}] [{v:010.2f}] [{v!s:>8}]")
for n in (0, 7, -42, 255, 10 ** 12):
    print(f"[{n:+06d}] [{n:^9,}] [{n:#010x}] [{n:o}] [{n:=+8}] [{n:c}]" if 0 <= n < 300 else f"[{n:+06d}] [{n:^9,}] [{n:#010x}] [{n:o}] [{n:=+8}]")
print("tab\texpand".expandtabs(10), "x".zfill(5), "-42".zfill(6), "abc".ljust(6, "*") + "|", "Title Case Words".swapcase())
