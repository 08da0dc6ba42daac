package org.specula.conformance.kit.gen;

/**
 * Differences between Specula's generic VM and CPython 3.11 that generated programs expose and
 * that are VM bugs (reported, not fixed here): the differential test does not fail on a program
 * whose only differences are these. Remove an entry when the bug is fixed.
 */
final class KnownSpeculaBugs {
    private KnownSpeculaBugs() {}

    /**
     * Subclass name, builtin base name. Many TypeError messages about an instance of a subclass
     * of a builtin type name the builtin base instead of the subclass: {@code I0(1)[0]} gives
     * "'int' object is not subscriptable" (CPython: "'I0' object ..."), also
     * {@code 'a' in I0(1)}, {@code 1.5 ^ I0(1)}, {@code 's' > I0(1)}, {@code 's' + I0(1)}, {@code [1] * L0()}. Others
     * (e.g. {@code D0() ** 2}) are right, so a line matches either way.
     */
    private static final String[][] SUBCLASS_NAMES = {
            {"'I0'", "'int'"}, {"'L0'", "'list'"}, {"'D0'", "'dict'"},
            {"\"I0\"", "\"int\""}, {"\"L0\"", "\"list\""}, {"\"D0\"", "\"dict\""}};

    /** True when CPython's and Specula's outcomes differ only in lines the known bugs explain. */
    static boolean explains(Runs.Outcome cpython, Runs.Outcome specula) {
        if (cpython.status() != specula.status() || !sameLine(cpython.lastErr(), specula.lastErr())) return false;
        String[] a = cpython.out().split("\n", -1), b = specula.out().split("\n", -1);
        if (a.length != b.length) return false;
        for (int i = 0; i < a.length; i++) {
            if (!sameLine(a[i], b[i])) return false;
        }
        return true;
    }

    private static boolean sameLine(String cpython, String specula) {
        if (cpython.equals(specula)) return true;
        if (!cpython.contains("TypeError")) return false;
        String s = cpython;
        for (String[] r : SUBCLASS_NAMES) s = s.replace(r[0], r[1]);
        return s.equals(specula);
    }
}
