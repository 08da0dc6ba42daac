package org.specula.conformance.kit.broken;

import org.specula.api.spi.Specializer;

import java.util.List;
import java.util.function.Supplier;

/**
 * The deliberately wrong specializers that prove the conformance suites catch bugs: each is a
 * plausible-looking plugin with one documented bug (see each class's Javadoc), and a small
 * hand-written program that exposes it (its output on a VM with only that specializer, under
 * the eager policy, differs from the generic VM's).
 */
public final class BrokenSpecializers {
    private BrokenSpecializers() {}

    /**
     * One broken specializer.
     *
     * @param name    its specializer id
     * @param bug     the bug, in one line
     * @param factory makes a fresh instance
     * @param exposer a Python program whose outcome the bug changes
     */
    public record Broken(String name, String bug, Supplier<Specializer> factory, String exposer) {
        /** A fresh instance of the specializer. */
        public Specializer create() {
            return factory.get();
        }

        @Override public String toString() { return name; }
    }

    /** Every broken specializer, in a fixed order. */
    public static List<Broken> all() {
        return List.of(
                new Broken("broken-int-wrap", "int + and * wrap around the long range instead of making big ints",
                        WrappingIntArithmetic::new, """
                        def add(a, b):
                            return a + b

                        def mul(a, b):
                            return a * b

                        for i in range(3):
                            print(add(2 ** 62, 2 ** 62 + i), mul(3037000500, 3037000500 + i))
                        """),
                new Broken("broken-attr-shape", "instance attribute load guards on class and version, not on shape",
                        ShapeBlindAttributeLoad::new, """
                        class P:
                            pass

                        def get_x(p):
                            return p.x

                        a = P()
                        a.x = 1
                        a.y = 2
                        b = P()
                        b.y = 3
                        b.x = 4
                        c = P()
                        c.y = 5
                        print(get_x(a), get_x(a))
                        print(get_x(b))
                        try:
                            print(get_x(c))
                        except AttributeError as e:
                            print("AttributeError:", e)
                        """),
                new Broken("broken-for-iter-skip", "list iteration takes the item, then misses on a non-int (skips it)",
                        AdvanceThenMissForIter::new, """
                        def collect(items):
                            out = []
                            for x in items:
                                out.append(x)
                            return out

                        print(collect([1, 2, 3]))
                        print(collect([1, "two", 3, 4.0, 5, None]))
                        """),
                new Broken("broken-float-nan", "float comparison by Double.compare: NaN == NaN, -0.0 < 0.0",
                        NanBlindFloatCompare::new, """
                        def cmp(a, b):
                            return a == b, a != b, a < b, a > b

                        nan = float("nan")
                        print(cmp(1.0, 2.0))
                        print(cmp(nan, nan))
                        print(cmp(nan, 1.0))
                        print(cmp(-0.0, 0.0))
                        """),
                new Broken("broken-unpack-list", "list unpacking accepts a list with too many items",
                        LenientListUnpack::new, """
                        def pair_sum(seq):
                            a, b = seq
                            return a + b

                        print(pair_sum([1, 2]))
                        print(pair_sum([10, 20]))
                        try:
                            print(pair_sum([1, 2, 3]))
                        except ValueError as e:
                            print("ValueError:", e)
                        """),
                new Broken("broken-store-attr-early", "instance attribute store writes the slot, then checks the shape and misses",
                        StoreThenGuardAttribute::new, """
                        class P:
                            pass

                        def set_x(p, v):
                            p.x = v

                        a = P()
                        a.x = 1
                        a.y = 2
                        b = P()
                        b.y = 3
                        b.x = 4
                        set_x(a, 10)
                        set_x(a, 11)
                        set_x(b, 20)
                        print(a.x, a.y, b.x, b.y)
                        """));
    }
}
