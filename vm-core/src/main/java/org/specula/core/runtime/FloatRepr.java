package org.specula.core.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Decimal conversion of doubles as CPython does it ({@code PyOS_double_to_string}): the shortest
 * round-tripping repr, and correctly rounded fixed ('f'), exponent ('e') and general ('g')
 * forms. Rounding works on the exact binary value (BigDecimal), round-half-even, like David Gay's
 * dtoa that CPython uses.
 */
public final class FloatRepr {
    private FloatRepr() {}

    private static final double TWO_53 = 9007199254740992.0;

    /** Significant decimal digits (no leading zeros) and the decimal point position: value = 0.DIGITS x 10^decpt. */
    record Digits(String digits, int decpt) {}

    /** repr(float), exactly as CPython. */
    public static String repr(double d) {
        if (d != d) return "nan";
        if (Double.isInfinite(d)) return d > 0 ? "inf" : "-inf";
        if (d == 0) return (Double.doubleToRawLongBits(d) < 0) ? "-0.0" : "0.0";
        boolean neg = d < 0;
        double a = Math.abs(d);
        // fast path: small integral values
        if (a < 1e16 && a == Math.floor(a)) {
            String s = Long.toString((long) a);
            return neg ? "-" + s + ".0" : s + ".0";
        }
        Digits dg = shortest(a);
        String body = layout(dg.digits, dg.decpt, dg.decpt <= -4 || dg.decpt > 16, -1, false, true, false);
        return neg ? "-" + body : body;
    }

    /** The shortest digits that round-trip to a (finite, > 0), closest to a among those. */
    static Digits shortest(double a) {
        if (a < TWO_53 && a == Math.floor(a)) {
            String s = Long.toString((long) a);
            int decpt = s.length();
            int end = s.length();
            while (end > 1 && s.charAt(end - 1) == '0') end--;
            return new Digits(s.substring(0, end), decpt);
        }
        Digits fast = fastShortest(a);
        if (fast != null) return fast;
        return slowShortest(a);
    }

    /**
     * Fast path from the JDK's digits (which always round-trip but, before JDK 19, are sometimes
     * one digit too long or not the closest): accepted when no shorter candidate round-trips and,
     * for 16+ digits, when they equal the correctly rounded n-digit value. Null: use the slow path.
     */
    private static Digits fastShortest(double a) {
        String js = Double.toString(a);
        int ePos = js.indexOf('E');
        int exp10 = 0;
        String mant = js;
        if (ePos >= 0) {
            exp10 = Integer.parseInt(js.substring(ePos + 1));
            mant = js.substring(0, ePos);
        }
        int dot = mant.indexOf('.');
        String intPart = mant.substring(0, dot), fracPart = mant.substring(dot + 1);
        String all = intPart + fracPart;
        int decpt = intPart.length() + exp10;
        int start = 0;
        while (start < all.length() - 1 && all.charAt(start) == '0') { start++; decpt--; }
        int end = all.length();
        while (end > start + 1 && all.charAt(end - 1) == '0') end--;
        String d = all.substring(start, end);
        int n = d.length();
        if (n == 1) return new Digits(d, decpt);
        if (n > 17) return null;
        // would n-1 digits do? (only the two (n-1)-digit neighbours of d can lie in the interval)
        long trunc = Long.parseLong(d.substring(0, n - 1));
        int e = decpt - (n - 1);
        if (toDouble(trunc, e) == a || toDouble(trunc + 1, e) == a) return null;
        if (n <= 15) return new Digits(d, decpt); // at most one n-digit decimal lies in the interval
        BigDecimal r = new BigDecimal(a).round(new MathContext(n, RoundingMode.HALF_EVEN));
        if (Double.parseDouble(r.toString()) != a) return null;
        return toDigits(r);
    }

    private static final double[] POW10 = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14,
            1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

    /** The double nearest to t * 10^e (Clinger's exact fast path when possible). */
    private static double toDouble(long t, int e) {
        if (t < (1L << 53) && e >= -22 && e <= 22) return e >= 0 ? t * POW10[e] : t / POW10[-e];
        return Double.parseDouble(t + "E" + e);
    }

    private static Digits slowShortest(double a) {
        BigDecimal exact = new BigDecimal(a);
        BigDecimal ulp = new BigDecimal(Math.ulp(a));
        BigDecimal halfUp = ulp.multiply(HALF);
        long bits = Double.doubleToRawLongBits(a);
        boolean pow2 = (bits & 0xFFFFFFFFFFFFFL) == 0 && (bits >>> 52) > 1;
        BigDecimal halfDown = pow2 ? ulp.multiply(QUARTER) : halfUp;
        BigDecimal low = exact.subtract(halfDown), high = exact.add(halfUp);
        boolean inclusive = (bits & 1) == 0;
        // upper bound on the length: JDK's digits always round-trip
        int hiLen = Math.min(17, jdkDigitCount(a));
        int loLen = 1;
        // binary search the smallest length with a round-tripping candidate (that set is upward closed)
        while (loLen < hiLen) {
            int mid = (loLen + hiLen) >>> 1;
            if (pick(exact, mid, low, high, inclusive) != null) hiLen = mid; else loLen = mid + 1;
        }
        BigDecimal best = pick(exact, hiLen, low, high, inclusive);
        if (best == null) { // cannot happen: 17 digits always round-trip
            best = exact.round(new MathContext(17, RoundingMode.HALF_EVEN));
        }
        return toDigits(best);
    }

    private static final BigDecimal HALF = new BigDecimal("0.5"), QUARTER = new BigDecimal("0.25");

    private static int jdkDigitCount(double a) {
        String s = Double.toString(a);
        int n = 0, lastNonZero = 0;
        boolean started = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 'E') break;
            if (c >= '0' && c <= '9') {
                if (c != '0') started = true;
                if (started) {
                    n++;
                    if (c != '0') lastNonZero = n;
                }
            }
        }
        return Math.max(1, lastNonZero);
    }

    /** The closest p-digit decimal inside the rounding interval, or null. */
    private static BigDecimal pick(BigDecimal exact, int p, BigDecimal low, BigDecimal high, boolean inclusive) {
        BigDecimal dn = exact.round(new MathContext(p, RoundingMode.FLOOR));
        BigDecimal up = exact.round(new MathContext(p, RoundingMode.CEILING));
        boolean okDn = inside(dn, low, high, inclusive), okUp = inside(up, low, high, inclusive);
        if (okDn && okUp) {
            int c = exact.subtract(dn).compareTo(up.subtract(exact));
            if (c < 0) return dn;
            if (c > 0) return up;
            return dn.unscaledValue().testBit(0) ? up : dn;
        }
        return okDn ? dn : okUp ? up : null;
    }

    private static boolean inside(BigDecimal c, BigDecimal low, BigDecimal high, boolean inclusive) {
        int a = c.compareTo(low), b = c.compareTo(high);
        return inclusive ? (a >= 0 && b <= 0) : (a > 0 && b < 0);
    }

    /** Digits of a positive BigDecimal, trailing zeros removed. */
    static Digits toDigits(BigDecimal v) {
        if (v.signum() == 0) return new Digits("0", 1);
        BigDecimal s = v.stripTrailingZeros();
        String u = s.unscaledValue().abs().toString();
        return new Digits(u, u.length() - s.scale());
    }

    /** a (>0, finite) rounded to n significant digits (n >= 1), trailing zeros removed. */
    static Digits significant(double a, int n) {
        return toDigits(new BigDecimal(a).round(new MathContext(n, RoundingMode.HALF_EVEN)));
    }

    /**
     * Lays digits out as CPython's format_float_short does.
     *
     * @param minFrac for fixed notation: pad the fraction to this many digits (-1: none);
     *                for exponent notation: pad the mantissa to this many digits after the point
     * @param alt     '#' flag: always keep the decimal point
     * @param addDot0 append ".0" when the result would look like an integer
     * @param upper   'E' instead of 'e'
     */
    static String layout(String digits, int decpt, boolean useExp, int minFrac, boolean alt, boolean addDot0, boolean upper) {
        StringBuilder sb = new StringBuilder(digits.length() + 8);
        if (useExp) {
            int exp = decpt - 1;
            sb.append(digits.charAt(0));
            int frac = digits.length() - 1;
            if (frac > 0 || alt || minFrac > 0) sb.append('.');
            sb.append(digits, 1, digits.length());
            for (int i = frac; i < minFrac; i++) sb.append('0');
            sb.append(upper ? 'E' : 'e');
            sb.append(exp < 0 ? '-' : '+');
            int ae = Math.abs(exp);
            if (ae < 10) sb.append('0');
            sb.append(ae);
            return sb.toString();
        }
        int frac;
        if (decpt <= 0) {
            sb.append("0.");
            for (int i = 0; i < -decpt; i++) sb.append('0');
            sb.append(digits);
            frac = -decpt + digits.length();
        } else if (decpt >= digits.length()) {
            sb.append(digits);
            for (int i = digits.length(); i < decpt; i++) sb.append('0');
            frac = 0;
            if (minFrac > 0 || alt) sb.append('.');
            if (addDot0 && minFrac <= 0) { sb.append(alt ? "0" : ".0"); frac = 1; }
        } else {
            sb.append(digits, 0, decpt).append('.').append(digits, decpt, digits.length());
            frac = digits.length() - decpt;
        }
        for (int i = frac; i < minFrac; i++) sb.append('0');
        return sb.toString();
    }

    /**
     * Formats |d| (sign NOT included) as CPython's PyOS_double_to_string with format code
     * 'e', 'f', 'g' or 'r' (repr; precision ignored). Upper-case codes give INF/NAN/E.
     */
    public static String formatAbs(double d, char code, int precision, boolean alt, boolean addDot0) {
        boolean upper = Character.isUpperCase(code);
        char c = Character.toLowerCase(code);
        if (d != d) return upper ? "NAN" : "nan";
        double a = Math.abs(d);
        if (Double.isInfinite(a)) return upper ? "INF" : "inf";
        switch (c) {
            case 'f': {
                String s = precision <= 22 ? fastFixed(a, precision) : null;
                if (s == null) s = new BigDecimal(a).setScale(precision, RoundingMode.HALF_EVEN).toPlainString();
                if (precision == 0 && alt) s += ".";
                return s;
            }
            case 'e': {
                Digits dg = a == 0 ? new Digits("0", 1) : significant(a, precision + 1);
                return layout(dg.digits, dg.decpt, true, precision, alt, false, upper);
            }
            case 'g': {
                int p = precision == 0 ? 1 : precision;
                Digits dg = a == 0 ? new Digits("0", 1) : significant(a, p);
                boolean useExp = dg.decpt <= -4 || dg.decpt > (addDot0 ? p - 1 : p);
                int minFrac = -1;
                if (alt) minFrac = useExp ? p - 1 : p - dg.decpt;
                return layout(dg.digits, dg.decpt, useExp, minFrac, alt, addDot0, upper);
            }
            default: { // 'r'
                Digits dg = a == 0 ? new Digits("0", 1) : shortest(a);
                return layout(dg.digits, dg.decpt, dg.decpt <= -4 || dg.decpt > 16, -1, alt, addDot0, upper);
            }
        }
    }

    /**
     * '%.{p}f' of a >= 0 without BigDecimal when safe: y = a * 10^p is computed with one rounding
     * (error <= ulp(y)/2), so when y is farther than ulp(y) from a half-integer, rint(y) is the
     * correctly rounded a * 10^p. Null when not applicable (large values, near-ties).
     */
    private static String fastFixed(double a, int p) {
        double y = a * POW10[p];
        if (!(y < 4503599627370496.0)) return null; // 2^52
        double fl = Math.floor(y);
        if (Math.abs(y - fl - 0.5) <= Math.ulp(y)) return null;
        long r = (long) Math.rint(y);
        String digits = Long.toString(r);
        if (p == 0) return digits;
        StringBuilder sb = new StringBuilder(digits.length() + p + 2);
        if (digits.length() <= p) {
            sb.append("0.");
            for (int i = digits.length(); i < p; i++) sb.append('0');
            sb.append(digits);
        } else {
            sb.append(digits, 0, digits.length() - p).append('.').append(digits, digits.length() - p, digits.length());
        }
        return sb.toString();
    }

    /** round(x, ndigits) for a float, as CPython's double_round (correctly rounded, half-even). */
    public static double round(double x, long ndigits) {
        if (x != x || Double.isInfinite(x) || x == 0) return x;
        if (ndigits > 323) return x;
        if (ndigits < -308) return 0.0 * x;
        BigDecimal r = new BigDecimal(x).setScale((int) ndigits, RoundingMode.HALF_EVEN);
        double y = r.doubleValue();
        if (Double.isInfinite(y)) throw Errors.of(Errors.OverflowError, "rounded value too large to represent");
        if (y == 0) return Math.copySign(0.0, x);
        return y;
    }

    /** float.hex() */
    public static String hex(double d) {
        if (d != d) return "nan";
        if (Double.isInfinite(d)) return d > 0 ? "inf" : "-inf";
        String sign = (Double.doubleToRawLongBits(d) < 0) ? "-" : "";
        double a = Math.abs(d);
        if (a == 0) return sign + "0x0.0p+0";
        long bits = Double.doubleToRawLongBits(a);
        int e = (int) (bits >>> 52);
        long m = bits & 0xFFFFFFFFFFFFFL;
        String lead;
        int exp;
        if (e == 0) { lead = "0"; exp = -1022; } else { lead = "1"; exp = e - 1023; }
        String frac = String.format("%013x", m);
        return sign + "0x" + lead + "." + frac + "p" + (exp >= 0 ? "+" : "") + exp;
    }

    /** Exact integer value of an integral finite double. */
    static BigInteger toBigInteger(double d) {
        return new BigDecimal(d).toBigInteger();
    }
}
