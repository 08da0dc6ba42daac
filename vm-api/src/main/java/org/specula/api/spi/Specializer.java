package org.specula.api.spi;

import java.util.Set;

/**
 * A plugin's entry point: offers specialized handlers for the sites of one or more
 * {@linkplain Family families}. Registered with {@code java.util.ServiceLoader}: list the class
 * in {@code META-INF/services/org.specula.api.spi.Specializer} of the plugin jar. It needs a
 * public no-argument constructor.
 *
 * <p>When an adaptive instruction has run often enough (8 times by default) the VM asks the
 * specializers of its family, highest {@linkplain #priority() priority} first, to
 * {@linkplain #specialize specialize} the site given what the instruction just saw. The first
 * that succeeds wins; the instruction is rewritten to use the returned handler. When all
 * decline, their reasons are counted and the site backs off before trying again. A handler that
 * keeps missing (53 times in a row by default) is removed, and the site asks again later, maybe
 * getting another handler.
 *
 * <p>A specializer is called rarely (never in a hot path) and may take its time; it must be
 * thread-safe (sites of several threads may ask at once) and should be stateless.
 *
 * <pre>{@code
 * public final class FloatMultiplySpecializer implements Specializer {
 *     public String id() { return "floatmul"; }
 *     public Set<Family> families() { return Set.of(Family.BINARY_OP); }
 *     public int spiVersion() { return SPI_VERSION; }
 *     public Specialization specialize(SiteContext site) {
 *         if (site.oparg() != BinaryOps.MULTIPLY) return Specialization.fail("not *");
 *         if (!(site.operand(0) instanceof Double && site.operand(1) instanceof Double)) {
 *             return Specialization.fail("operands not float");
 *         }
 *         return Specialization.of(new MultiplyFloat());
 *     }
 * }
 * }</pre>
 */
public interface Specializer {
    /**
     * The SPI version this interface describes. A plugin returns it from {@link #spiVersion()}
     * ({@code return SPI_VERSION;} is compiled into the plugin as a constant, so it records the
     * version the plugin was built against); the VM refuses plugins of another version.
     */
    int SPI_VERSION = 1;

    /** A short, unique id ({@code binop}, {@code attr}, ...): lower case letters, digits, '-' and '_'. */
    String id();

    /** The families whose sites this specializer offers handlers for. */
    Set<Family> families();

    /** When several specializers serve one family, a larger priority is asked first (ties by id). Default 0. */
    default int priority() {
        return 0;
    }

    /** The plugin's version for {@code --list-specializers}; by default the jar's Implementation-Version. */
    default String version() {
        String v = getClass().getPackage() == null ? null : getClass().getPackage().getImplementationVersion();
        return v == null ? "unversioned" : v;
    }

    /** The SPI version the plugin was compiled against: implement as {@code return SPI_VERSION;}. */
    int spiVersion();

    /**
     * Offers a handler for a site, or declines with a reason. Must not have side effects on the
     * operands (it may inspect them). Anything thrown here is a plugin fault: the VM disables this
     * specializer at the site and warns once.
     *
     * @param site the site and the operands it is about to use (valid during this call only)
     * @return {@link Specialization#of} a handler implementing the family's
     *     {@linkplain Family#handlerType() handler interface}, or {@link Specialization#fail}
     */
    Specialization specialize(SiteContext site);
}
