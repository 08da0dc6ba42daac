package org.specula.core.assembly;

import java.util.Map;

/**
 * Java sources of small plugins for {@link TestJars}: used by the assembly tests, reusable by
 * other modules' tests (e.g. the CLI's {@code --plugin-path} and {@code --list-specializers}).
 */
public final class PluginSources {
    private PluginSources() {}

    /**
     * A specializer (class {@code pkg.cls}, id {@code id}) for BINARY_OP {@code int * int}: the
     * handler {@code BINARY_OP_MULTIPLY_INT} misses on anything but two Longs and on overflow.
     * {@code spiVersionExpr} is the body of spiVersion() (normally {@code SPI_VERSION});
     * {@code constructorBody} runs in the public constructor.
     */
    public static Map<String, String> multiply(String pkg, String cls, String id, String spiVersionExpr, String constructorBody) {
        String src = """
                package PKG;

                import org.specula.api.spi.BinaryOpHandler;
                import org.specula.api.spi.BinaryOps;
                import org.specula.api.spi.Family;
                import org.specula.api.spi.SiteContext;
                import org.specula.api.spi.Specialization;
                import org.specula.api.spi.Specializer;
                import java.util.EnumSet;
                import java.util.Set;

                public final class CLS implements Specializer {
                    public CLS() {
                        CTOR
                    }
                    @Override public String id() { return "ID"; }
                    @Override public Set<Family> families() { return EnumSet.of(Family.BINARY_OP); }
                    @Override public int spiVersion() { return SPIV; }
                    @Override public Specialization specialize(SiteContext site) {
                        if (BinaryOps.base(site.oparg()) != BinaryOps.MULTIPLY) return Specialization.fail("not *");
                        if (site.operand(0) instanceof Long && site.operand(1) instanceof Long) {
                            return Specialization.of(new MultiplyInt());
                        }
                        return Specialization.fail("operands not int");
                    }

                    /** int * int while the product fits in a long. */
                    static final class MultiplyInt implements BinaryOpHandler {
                        @Override public String name() { return "BINARY_OP_MULTIPLY_INT"; }
                        @Override public Object apply(Object left, Object right) {
                            if (!(left instanceof Long a) || !(right instanceof Long b)) return MISS;
                            long x = a, y = b;
                            long lo = x * y;
                            long hi = Math.multiplyHigh(x, y);
                            // fits when the high word is the sign extension of the low word
                            if (hi != (lo >> 63)) return MISS;
                            return lo;
                        }
                    }
                }
                """;
        src = src.replace("PKG", pkg).replace("CLS", cls).replace("\"ID\"", "\"" + id + "\"")
                .replace("SPIV", spiVersionExpr).replace("CTOR", constructorBody);
        return Map.of(pkg + "." + cls, src);
    }

    public static Map<String, String> multiply(String pkg, String cls, String id) {
        return multiply(pkg, cls, id, "SPI_VERSION", "");
    }

    /**
     * A plugin compiled against an older SPI: stub sources of {@code org.specula.api.spi} in which
     * Specializer has no spiVersion() (to be compiled together with the plugin and left out of
     * the jar), and the plugin {@code old.OldPlugin} itself.
     */
    public static Map<String, String> olderSpi() {
        return Map.of(
                "org.specula.api.spi.Specializer", """
                        package org.specula.api.spi;
                        public interface Specializer {
                            String id();
                            java.util.Set<Family> families();
                            Specialization specialize(SiteContext site);
                        }
                        """,
                "org.specula.api.spi.Family", """
                        package org.specula.api.spi;
                        public enum Family { BINARY_OP }
                        """,
                "org.specula.api.spi.SiteContext", """
                        package org.specula.api.spi;
                        public interface SiteContext {}
                        """,
                "org.specula.api.spi.Specialization", """
                        package org.specula.api.spi;
                        public final class Specialization {
                            public static Specialization fail(String reason) { return null; }
                        }
                        """,
                "old.OldPlugin", """
                        package old;
                        import org.specula.api.spi.*;
                        public final class OldPlugin implements Specializer {
                            public String id() { return "oldplug"; }
                            public java.util.Set<Family> families() { return java.util.EnumSet.of(Family.BINARY_OP); }
                            public Specialization specialize(SiteContext site) { return Specialization.fail("old"); }
                        }
                        """);
    }
}
