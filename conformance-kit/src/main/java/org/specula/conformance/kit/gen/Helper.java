package org.specula.conformance.kit.gen;

/**
 * The helper classes generated programs use as operands at type-flipping sites: a plain class
 * with arithmetic/comparison/subscript dunders, subclasses of int, list and dict overriding an
 * operator, and an exception class. Each is emitted once, only when a program uses it.
 */
enum Helper {
    N0("""
            class N0:
                def __init__(self, v):
                    self.v = v

                def __repr__(self):
                    return f"N0({self.v!r})"

                def __add__(self, o):
                    if isinstance(o, N0):
                        return N0(self.v + o.v)
                    return N0(self.v + o)

                __radd__ = __add__

                def __eq__(self, o):
                    return isinstance(o, N0) and self.v == o.v

                def __lt__(self, o):
                    if isinstance(o, N0):
                        return self.v < o.v
                    return self.v < o

                def __getitem__(self, i):
                    if i >= 3:
                        raise IndexError(i)
                    return self.v + i

                def __len__(self):
                    return 3
            """),
    I0("""
            class I0(int):
                def __add__(self, o):
                    return I0(int(self) + int(o) + 1)

                def __repr__(self):
                    return f"I0({int(self)})"
            """),
    L0("""
            class L0(list):
                def __getitem__(self, i):
                    if isinstance(i, int):
                        i = i % 3
                    return list.__getitem__(self, i)

                def __add__(self, o):
                    return L0(list(self) + list(o))
            """),
    D0("""
            class D0(dict):
                def __missing__(self, k):
                    return len(self)
            """),
    E0("""
            class E0(Exception):
                pass
            """);

    final String source;

    Helper(String source) {
        this.source = source;
    }
}
