package org.specula.core.adaptive;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.specula.api.spi.Family;
import org.specula.testplugin.ExampleSpecializer;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every family, end to end with the example plugin: a program per family first runs a site long
 * enough to reach the plugin's specialized form, then changes what flows through it (types,
 * class attributes, shapes, globals and builtins, mutated containers, overflowing ints, missing
 * keys) so that guards miss and sites deoptimize. Its stdout, stderr and exit status must be the
 * generic VM's under the default, eager and a custom policy. (The outputs were checked once
 * against CPython 3.11.)
 */
class FamilyIntegrationTest {
    /** A program for a family, and the specialized kinds it must reach. */
    record Case(String name, Family family, List<String> kinds, String program) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** Warm-up 2, deoptimize after 2 misses in a row, back-off 1..4: many transitions per site. */
    static final AdaptivePolicy CHURN = new AdaptivePolicy(2, 2, 1, 4);

    static Stream<Case> cases() {
        return Stream.of(
            new Case("binary_op", Family.BINARY_OP, List.of("BINARY_OP_ADD_INT", "BINARY_OP_SUBTRACT_INT", "BINARY_OP_ADD_UNICODE"), """
            def add(a, b):
                return a + b
            def sub(a, b):
                return a - b
            x = 0
            for i in range(100):
                x = add(x, i)
                x = sub(x, 1)
            print(x)
            big = 2 ** 62
            for i in range(60):
                r = add(big, big)
                s = sub(-big, big + 1)
            print(r, type(r).__name__, s)
            print(add(9223372036854775807, 1), sub(-9223372036854775808, 1))
            for i in range(60):
                r = add("a", str(i))
            print(r)
            for i in range(60):
                r = add(i * 0.5, 0.25)
            print(r, add(1.5, 2), add([1], [2]), add((1,), (2,)), add(True, True))
            class N:
                def __add__(self, o):
                    return "N+"
                def __radd__(self, o):
                    return "+N"
            print(add(N(), 1), add(1, N()))
            try:
                add(1, "a")
            except TypeError as e:
                print(e)
            """),
            new Case("compare_op", Family.COMPARE_OP, List.of("COMPARE_OP_INT", "COMPARE_OP_FLOAT"), """
            def lt(a, b):
                return a < b
            def ne(a, b):
                return a != b
            c = 0
            for i in range(100):
                if lt(i, 50):
                    c += 1
                if ne(i, 7):
                    c += 1
            print(c)
            nan = float("nan")
            print([lt(x, nan) for x in (1.0, 2.0)], [lt(float(i), 30.0) for i in range(100)].count(True))
            print([ne(nan, nan) for _ in range(100)].count(True), ne(0.0, -0.0), ne(1, 1.0))
            print(lt(1, 2.5), lt("a", "b"), lt(2 ** 70, 1), lt(-2 ** 70, 1), lt(True, 2), lt((1, 2), (1, 3)))
            try:
                lt(1, "a")
            except TypeError as e:
                print(e)
            """),
            // COMPARE_OP followed by a conditional jump takes the fused form: the result steers
            // the jump directly; on a miss the generic result is pushed for the jump to test
            new Case("compare_op_jump", Family.COMPARE_OP, List.of("COMPARE_OP_INT"), """
            def count_below(xs, limit):
                n = 0
                i = 0
                while i < len(xs):
                    if xs[i] < limit:
                        n += 1
                    if not (xs[i] != limit):
                        n += 100
                    i += 1
                return n
            print(count_below(list(range(50)), 20), count_below([0.5 * i for i in range(50)], 3.0))
            nan = float("nan")
            print(count_below([nan, 1.0, nan], nan), count_below([1, 2.5, True, 2 ** 70], 2))
            print(count_below(["a", "b", "c"], "b"), count_below([(1, 2), (0, 9)], (1, 0)))
            class Fuzzy:
                def __init__(self, v):
                    self.v = v
                def __lt__(self, other):
                    return [self.v] if self.v % 2 else []
                def __ne__(self, other):
                    return self.v % 3
                def __len__(self):
                    return 1
            print(count_below([Fuzzy(i) for i in range(12)], 0))
            class Bad:
                def __lt__(self, other):
                    return self
                def __ne__(self, other):
                    return False
                def __bool__(self):
                    raise ValueError("no truth")
            try:
                count_below([Bad()], 0)
            except ValueError as e:
                print("ValueError", e)
            try:
                count_below([1, "x"], 5)
            except TypeError as e:
                print(e)
            """),
            new Case("binary_subscr", Family.BINARY_SUBSCR, List.of("BINARY_SUBSCR_LIST_INT", "BINARY_SUBSCR_DICT"), """
            def get(c, k):
                return c[k]
            xs = list(range(10))
            t = 0
            for i in range(100):
                t += get(xs, i % 10)
            print(t)
            print(get(xs, -1), get((1, 2, 3), 1), get("abc", 1), get({"a": 1}, "a"), get(xs, True), get(xs, slice(2, 4)))
            for i in range(100):
                get((1, 2), i % 2)
            try:
                get(xs, 10)
            except IndexError as e:
                print("IndexError", e)
            try:
                get((1, 2), 2)
            except IndexError as e:
                print("IndexError", e)
            class D(dict):
                def __missing__(self, k):
                    return "missing " + str(k)
            class L(list):
                def __getitem__(self, i):
                    return "L" + str(i)
            d = {"k": 1}
            for i in range(100):
                get(d, "k")
            print(get(D(), "x"), get(L([1]), 0), get(d, 1.0 if False else "k"))
            d2 = {1: "one"}
            print(get(d2, 1.0), get(d2, True))
            try:
                get(d, [1])
            except TypeError as e:
                print(e)
            get(d, "missing")
            """),
            new Case("store_subscr", Family.STORE_SUBSCR, List.of("STORE_SUBSCR_LIST_INT", "STORE_SUBSCR_DICT"), """
            def put(c, k, v):
                c[k] = v
            xs = [0] * 10
            for i in range(100):
                put(xs, i % 10, i)
            print(xs)
            class L(list):
                def __setitem__(self, k, v):
                    print("set", k, v)
            l = L([1, 2, 3])
            put(l, 0, 9)
            print(l)
            d = {}
            for i in range(100):
                put(d, i % 7, i)
            print(d)
            put(xs, -1, "neg")
            print(xs[-1])
            try:
                put(xs, 10, 1)
            except IndexError as e:
                print(e)
            try:
                put(d, [1], 1)
            except TypeError as e:
                print(e)
            class D(dict):
                def __setitem__(self, k, v):
                    print("D set", k, v)
            dd = D()
            put(dd, "a", 1)
            print(dd)
            put(xs, slice(0, 2), ["a", "b"])
            print(xs)
            try:
                put((1, 2), 0, 1)
            except TypeError as e:
                print(e)
            """),
            new Case("contains_op", Family.CONTAINS_OP, List.of("CONTAINS_OP_DICT"), """
            def has(k, c):
                return k in c
            def hasnt(k, c):
                return k not in c
            d = {i: i for i in range(10)}
            print(sum([has(i, d) for i in range(100)]), sum([hasnt(i, d) for i in range(100)]))
            print(has(3, [1, 2, 3]), hasnt(3, [1, 2, 3]), has("a", "abc"), hasnt("z", "abc"))
            for i in range(60):
                hasnt(i, [1, 2])
                has(i, (1, 2))
            print(hasnt(1, d), has(1, d), has(1.0, d), hasnt(True, d))
            try:
                has([1], d)
            except TypeError as e:
                print(e)
            class D(dict):
                def __contains__(self, k):
                    return True
            print(has("x", D()), hasnt("x", D()))
            try:
                has(1, 5)
            except TypeError as e:
                print(e)
            """),
            new Case("load_attr", Family.LOAD_ATTR, List.of("LOAD_ATTR_INSTANCE_VALUE", "LOAD_ATTR_MODULE"), """
            import sys
            class P:
                def __init__(self, x):
                    self.x = x
            def getx(p):
                return p.x
            ps = [P(i) for i in range(10)]
            print(sum([getx(p) for p in ps * 10]))
            P.x = property(lambda self: "prop")
            print(getx(ps[0]))
            del P.x
            print(getx(ps[0]))
            for i in range(60):
                getx(ps[1])
            vars(ps[1])["x"] = 99
            print(getx(ps[1]))
            del ps[1].x
            try:
                getx(ps[1])
            except AttributeError as e:
                print(e)
            class Q:
                def __init__(self, first):
                    if first:
                        self.a = 1
                        self.b = 2
                    else:
                        self.b = 20
                        self.a = 10
            def geta(q):
                return q.a
            for i in range(100):
                geta(Q(True))
            print([geta(Q(i % 2 == 0)) for i in range(6)])
            class R(P):
                pass
            for i in range(60):
                getx(R(i))
            P.__getattribute__ = lambda self, n: "ga " + n
            print(getx(R(1)), getx(P(2)))
            del P.__getattribute__
            print(getx(R(1)))
            sys.myattr = 1
            def getm():
                return sys.myattr
            print(sum([getm() for _ in range(100)]))
            sys.myattr = 2
            print(getm())
            del sys.myattr
            try:
                getm()
            except AttributeError as e:
                print(e)
            sys.myattr = 3
            print(getm(), getx(type("X", (), {"x": "cls"})()))
            """),
            new Case("store_attr", Family.STORE_ATTR, List.of("STORE_ATTR_INSTANCE_VALUE"), """
            class P:
                def __init__(self):
                    self.x = 0
                    self.y = 0
            def setx(p, v):
                p.x = v
            ps = [P() for _ in range(5)]
            for i in range(100):
                setx(ps[i % 5], i)
            print([p.x for p in ps])
            def _set(self, v):
                print("setter", v)
            P.x = property(lambda self: "got", _set)
            setx(ps[0], 7)
            print(ps[0].x)
            del P.x
            print(ps[0].x)
            P.__setattr__ = lambda self, n, v: print("setattr", n, v)
            setx(ps[1], 8)
            print(ps[1].x)
            del P.__setattr__
            for i in range(60):
                setx(ps[2], i)
            q = P()
            del q.x
            setx(q, "new")
            print(vars(q))
            class S:
                __slots__ = ("x",)
            s = S()
            setx(s, 5)
            print(s.x)
            class F:
                pass
            f = F()
            setx(f, 1)
            print(f.x)
            try:
                setx(1, 2)
            except AttributeError as e:
                print(e)
            """),
            new Case("load_method", Family.LOAD_METHOD, List.of("LOAD_METHOD_WITH_VALUES", "LOAD_METHOD_MODULE"), """
            import sys
            mod = sys
            class A:
                def m(self):
                    return 1
            def call(a):
                return a.m()
            a = A()
            print(sum([call(a) for _ in range(100)]))
            A.m = lambda self: 2
            print(call(a))
            a.m = lambda: 3
            print(call(a))
            del a.m
            print(call(a))
            class B(A):
                pass
            b = B()
            print(sum([call(b) for _ in range(100)]))
            A.m = lambda self: 4
            print(call(b))
            B.m = lambda self: 5
            print(call(b), call(a))
            A.m = staticmethod(lambda: 6)
            print(call(a))
            def rl():
                return mod.getrecursionlimit()
            print(sum([rl() for _ in range(100)]))
            sys.getrecursionlimit = lambda: "patched"
            print(rl())
            del sys.getrecursionlimit
            try:
                rl()
            except AttributeError as e:
                print(e)
            def up(s):
                return s.upper()
            print([up(x) for x in ["a", "b"] * 40][-1], up("\\u00e9x"))
            """),
            new Case("load_global", Family.LOAD_GLOBAL, List.of("LOAD_GLOBAL_MODULE", "LOAD_GLOBAL_BUILTIN"), """
            g = 1
            def readg():
                return g
            print(sum([readg() for _ in range(100)]))
            g = 2
            print(readg())
            del g
            try:
                readg()
            except NameError as e:
                print(e)
            g = 3
            print(readg())
            def uselen(x):
                return len(x)
            print(sum([uselen([1, 2]) for _ in range(100)]))
            len = lambda x: "shadowed"
            print(uselen([1]))
            del len
            print(uselen([1]))
            import builtins
            builtins.len = lambda x: "builtin rebound"
            print(uselen([1]))
            del builtins.len
            try:
                uselen([1])
            except NameError as e:
                print(e)
            for i in range(60):
                globals()["h" + str(i)] = i
            print(readg())
            """),
            new Case("call", Family.CALL, List.of("CALL_PY_EXACT_ARGS", "CALL_NO_KW_LEN"), """
            def f(a, b):
                return a * 10 + b
            def callf(x):
                return f(x, 1)
            print(sum([callf(i) for i in range(100)]))
            def f(a, b=5):
                return a - b
            print(callf(3))
            def f(*args):
                return args
            print(callf(3))
            f = lambda a, b: (b, a)
            print(callf(3))
            f = max
            print(callf(3))
            def lens(x):
                return len(x)
            for i in range(100):
                lens("abc")
            class S:
                def __len__(self):
                    return 42
            print(lens(S()), lens({1: 2}), lens((1,)), lens("a\\U0001F600b"), lens([1, 2]), lens(range(5)))
            try:
                lens(5)
            except TypeError as e:
                print(e)
            def fib(n):
                return n if n < 2 else fib(n - 1) + fib(n - 2)
            print(fib(18))
            class C:
                def __init__(self, k):
                    self.k = k
                def meth(self, x):
                    return x + self.k
            def callm(m, x):
                return m(x)
            print(sum([callm(C(1).meth, i) for i in range(100)]), callm(C(100).meth, 1), callm(abs, -3))
            def g(a, b):
                return a + b
            def callkw(x):
                return g(x, b=2)
            print(sum([callkw(i) for i in range(100)]))
            def gen(n):
                yield n
            def callgen(n):
                return gen(n)
            print(sum([next(callgen(i)) for i in range(100)]))
            try:
                callf(1, 2)
            except TypeError as e:
                print(e)
            def f1(a):
                return a
            def callf1():
                return f1()
            try:
                callf1()
            except TypeError as e:
                print(e)
            """),
            new Case("for_iter", Family.FOR_ITER, List.of("FOR_ITER_RANGE", "FOR_ITER_LIST"), """
            def total(it):
                t = 0
                for x in it:
                    t += x
                return t
            for i in range(10):
                total(range(i * 10))
            print(total(range(100)), total([1, 2, 3]), total((4, 5)), total(x for x in range(5)), total({1: 0, 2: 0}))
            print(total(range(2 ** 63 - 3, 2 ** 63 + 3)), total(range(10, 0, -3)), total(range(-2 ** 63, -2 ** 63 + 2)))
            def grow(xs):
                out = []
                for x in xs:
                    out.append(x)
                    if x < 50:
                        xs.append(x + 10)
                return out
            print(grow([0, 1, 2]))
            def shrink(xs):
                out = []
                for x in xs:
                    out.append(x)
                    if xs:
                        xs.remove(xs[0])
                return out
            print(shrink(list(range(20))))
            def dictmut(d):
                for k in d:
                    d[k + 100] = 1
            try:
                dictmut({1: 1})
            except RuntimeError as e:
                print(e)
            def firsts(xs):
                out = []
                for x in xs:
                    out.append(x)
                    xs.clear()
                return out
            print([firsts([i, 2, 3]) for i in range(20)][-1])
            it = iter([1, 2, 3, 4])
            print(total(it), total(it))
            """),
            new Case("unpack_sequence", Family.UNPACK_SEQUENCE, List.of("UNPACK_SEQUENCE_TWO_TUPLE", "UNPACK_SEQUENCE_LIST"), """
            def pair(i):
                return (i, i + 1)
            def unp(t):
                a, b = t
                return str(a) + ":" + str(b)
            print(" ".join([unp(pair(i)) for i in range(100)])[-30:])
            print(unp([3, 4]), unp(["x", 3]), unp(x for x in (7, 8)), unp({2: 0, 5: 0}))
            for e in [(1, 2, 3), [1], "abc", 5, (1,)]:
                try:
                    unp(e)
                except (ValueError, TypeError) as ex:
                    print(type(ex).__name__, ex)
            def unp3(l):
                a, b, c = l
                return (c, b, a)
            print([unp3([i, i + 1, i + 2]) for i in range(100)][-3:])
            class L(list):
                def __iter__(self):
                    return iter([10, 20, 30])
            print(unp3(L([1, 2, 3])), unp3((1, 2, 3)), unp3("abc"))
            try:
                unp3([1, 2])
            except ValueError as e:
                print(e)
            try:
                unp3([1, 2, 3, 4])
            except ValueError as e:
                print(e)
            """));
    }

    static void assertSameRun(AdaptiveVms.Run expected, AdaptiveVms.Run actual, String what) {
        assertEquals(expected.out(), actual.out(), what + ": stdout");
        assertEquals(expected.err(), actual.err(), what + ": stderr");
        assertEquals(expected.status(), actual.status(), what + ": exit status");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reachesTheSpecializedFormsAndMissesSafely(Case c) {
        AdaptiveVms.Run generic = AdaptiveVms.run(c.program(), AdaptivePolicy.DEFAULT);
        AdaptiveVms.Run dflt = AdaptiveVms.run(c.program(), AdaptivePolicy.DEFAULT, new ExampleSpecializer());
        assertSameRun(generic, dflt, c + " default policy");
        AdaptiveStats.FamilySnapshot f = dflt.stats().family(c.family());
        for (String kind : c.kinds()) {
            AdaptiveStats.KindSnapshot k = dflt.stats().kind(kind);
            assertNotNull(k, c + ": " + kind + " never installed; " + StatsReport.table(dflt.stats()));
            assertTrue(k.hits() > 0, c + ": " + kind + " never hit");
        }
        assertTrue(f.misses() > 0, c + ": no guard ever missed; " + StatsReport.table(dflt.stats()));
        assertEquals(0, f.faults(), c + ": faults");

        AdaptiveVms.Run eager = AdaptiveVms.run(c.program(), AdaptivePolicy.EAGER, new ExampleSpecializer());
        assertSameRun(generic, eager, c + " eager policy");
        assertTrue(eager.stats().family(c.family()).deopts() > 0, c + ": eager never deoptimized");
        AdaptiveVms.Run churn = AdaptiveVms.run(c.program(), CHURN, new ExampleSpecializer());
        assertSameRun(generic, churn, c + " churn policy");
    }

    /** More type changes across families: replaced instance dicts and classes, slots, globals()
     *  and exec namespaces, classmethods and __getattr__, int and float subclasses, custom
     *  iterators. Only the outcome is compared. */
    static Stream<Arguments> moreChanges() {
        return Stream.of(
                Arguments.of("dict_replace", """
                class P:
                    def __init__(self):
                        self.x = 1
                        self.y = 2
                def getx(p):
                    return p.x
                def setx(p, v):
                    p.x = v
                ps = [P() for _ in range(3)]
                for i in range(100):
                    setx(ps[i % 3], i)
                    getx(ps[i % 3])
                ps[0].__dict__ = {"y": 5, "x": "replaced"}
                print(getx(ps[0]))
                setx(ps[0], "again")
                print(ps[0].__dict__)
                ps[1].__class__ = type("P2", (), {"x": property(lambda self: "p2prop")})
                print(getx(ps[1]))
                try:
                    setx(ps[1], 3)
                except AttributeError as e:
                    print("AttributeError", e)
                class Slot:
                    __slots__ = ("x", "y")
                    def __init__(self):
                        self.x = 1
                s = Slot()
                for i in range(60):
                    getx(s)
                    setx(s, i)
                print(getx(s))
                del s.x
                try:
                    getx(s)
                except AttributeError as e:
                    print(e)
                """),
                Arguments.of("globals_tricks", """
                x = 1
                def f():
                    return x
                for i in range(100):
                    f()
                globals()["x"] = 5
                print(f())
                globals().pop("x")
                try:
                    f()
                except NameError as e:
                    print(e)
                globals().update({"x": 7})
                print(f())
                def g():
                    return abs(-3)
                for i in range(100):
                    g()
                import builtins
                builtins.abs = lambda v: "patched abs"
                print(g())
                abs = lambda v: "global abs"
                print(g())
                globals().clear() if False else None
                exec("x = 99", globals())
                print(f())
                ns = {"__builtins__": builtins}
                exec("def h():\\n    return len('ab')\\nr = [h() for _ in range(20)]", ns)
                print(ns["r"][-1])
                ns["len"] = lambda s: "ns len"
                print(ns["h"]())
                """),
                Arguments.of("method_tricks", """
                class A:
                    def m(self):
                        return "A.m"
                class B(A):
                    pass
                def call(o):
                    return o.m()
                b = B()
                for i in range(100):
                    call(b)
                B.__bases__ = (object,) if False else B.__bases__
                class C:
                    def m(self):
                        return "C.m"
                b.__class__ = C if False else B
                A.m = lambda self: "new A.m"
                print(call(b))
                del A.m
                try:
                    call(b)
                except AttributeError as e:
                    print(e)
                A.m = lambda self: "back"
                print(call(b))
                class D:
                    def __init__(self):
                        self.m = lambda: "instance m"
                d = D()
                for i in range(60):
                    call(d)
                print(call(d))
                class E:
                    m = staticmethod(lambda: "static")
                for i in range(60):
                    call(E())
                print(call(E()))
                class F:
                    @classmethod
                    def m(cls):
                        return cls.__name__
                for i in range(60):
                    call(F())
                print(call(F()))
                class G:
                    def __getattr__(self, n):
                        return lambda: "getattr " + n
                print(call(G()))
                """),
                Arguments.of("numbers_tricks", """
                def add(a, b):
                    return a + b
                def mul(a, b):
                    return a * b
                def lt(a, b):
                    return a < b
                for i in range(100):
                    add(i, i)
                    mul(1.5, float(i))
                    lt(i, 5)
                class MyInt(int):
                    def __add__(self, o):
                        return "MyInt add"
                    def __lt__(self, o):
                        return "MyInt lt"
                print(add(MyInt(1), 2), add(2, MyInt(1)), lt(MyInt(1), 2))
                class MyFloat(float):
                    def __mul__(self, o):
                        return "MyFloat mul"
                print(mul(MyFloat(1.0), 2.0), mul(2.0, MyFloat(3.0)))
                print(add(True, 1), add(1, False), lt(True, False))
                print(mul(1e308, 10.0), mul(-0.0, 1.0), mul(float("nan"), 0.0))
                print(add(2**63 - 1, 0), add(-2**63, -1), add(2**64, -2**64))
                print(lt(2**63, 2**63 - 1), lt(1, 1.0000001), lt(float("inf"), 2**1000))
                x = 0
                for i in range(100):
                    x = add(x, 2**62)
                print(x)
                """),
                Arguments.of("iter_tricks", """
                def total(it):
                    t = []
                    for x in it:
                        t.append(x)
                    return t
                for i in range(20):
                    total(range(i))
                    total([i, i])
                class L(list):
                    def __iter__(self):
                        return iter(["custom"])
                print(total(L([1, 2])), total(iter(range(3))), total(reversed([1, 2, 3])), total(range(5, 0, -2)))
                xs = [1, 2, 3]
                it = iter(xs)
                next(it)
                print(total(it), total(it))
                def g():
                    yield 1
                    raise ValueError("boom")
                try:
                    total(g())
                except ValueError as e:
                    print("ValueError", e)
                def mutate(xs):
                    out = []
                    for x in xs:
                        out.append(x)
                        xs[:] = []
                    return out
                for i in range(60):
                    mutate([1, 2, 3])
                print(mutate([4, 5, 6]))
                def unp(t):
                    a, b = t
                    return (b, a)
                for i in range(60):
                    unp((i, i + 1))
                class T(tuple):
                    def __iter__(self):
                        return iter(("x", "y"))
                print(unp(T((1, 2))), unp(iter([3, 4])), unp({"k": 1, "j": 2}))
                """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("moreChanges")
    void moreTypeChangesKeepTheGenericOutcome(String name, String program) {
        AdaptiveVms.Run generic = AdaptiveVms.run(program, AdaptivePolicy.DEFAULT);
        assertEquals("", generic.err(), name);
        for (AdaptivePolicy p : List.of(AdaptivePolicy.DEFAULT, AdaptivePolicy.EAGER, CHURN)) {
            AdaptiveVms.Run r = AdaptiveVms.run(program, p, new ExampleSpecializer());
            assertSameRun(generic, r, name + " " + p);
            assertTrue(r.stats().families().stream().mapToLong(AdaptiveStats.FamilySnapshot::hits).sum() > 0, name);
        }
    }
}
