package org.specula.core.adaptive.testspecs;

import org.specula.api.object.InstanceObject;
import org.specula.api.spi.Family;
import org.specula.api.spi.LoadMethodHandler;
import org.specula.api.spi.SiteContext;
import org.specula.api.spi.Specialization;
import org.specula.api.spi.SpecializedOp;
import org.specula.api.spi.Specializer;

import java.lang.reflect.Proxy;
import java.util.EnumSet;
import java.util.Set;

/**
 * A specializer for every family whose handlers all break the contract the same way: a
 * {@link Mode}. The handlers are dynamic proxies of the family's handler interface.
 */
public final class Misbehaving implements Specializer {
    /** How the handlers misbehave. */
    public enum Mode {
        /** The operation throws IllegalStateException. */
        THROW,
        /** The operation returns null (a store: throws NullPointerException unboxing it). */
        NULL,
        /** The operation throws an Error (not a Python exception, not a JVM emergency). */
        ERROR
    }

    private final Mode mode;

    public Misbehaving(Mode mode) {
        this.mode = mode;
    }

    @Override public String id() { return "misbehaving"; }

    @Override public Set<Family> families() { return EnumSet.allOf(Family.class); }

    @Override public int spiVersion() { return SPI_VERSION; }

    @Override
    public Specialization specialize(SiteContext site) {
        Family f = site.family();
        Object h = Proxy.newProxyInstance(Misbehaving.class.getClassLoader(), new Class<?>[] {f.handlerType()},
                (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "name": return "BROKEN_" + f;
                        case "bindsOwner": return Boolean.TRUE;
                        case "hashCode": return System.identityHashCode(proxy);
                        case "equals": return proxy == args[0];
                        case "toString": return "BROKEN_" + f;
                        default: break;
                    }
                    switch (mode) {
                        case THROW: throw new IllegalStateException("broken " + f);
                        case ERROR: throw new AssertionError("broken " + f);
                        default: return null;
                    }
                });
        return Specialization.of((SpecializedOp) h);
    }

    /**
     * LOAD_METHOD only: finds the method on the owner's class like a real handler, but its
     * {@link LoadMethodHandler#bindsOwner()} throws.
     */
    public static final class BindsOwnerThrows implements Specializer {
        @Override public String id() { return "binds"; }

        @Override public Set<Family> families() { return EnumSet.of(Family.LOAD_METHOD); }

        @Override public int spiVersion() { return SPI_VERSION; }

        @Override
        public Specialization specialize(SiteContext site) {
            String name = site.name();
            return Specialization.of(new LoadMethodHandler() {
                @Override public String name() { return "LOAD_METHOD_BINDS_THROWS"; }

                @Override public Object load(Object owner) {
                    if (!(owner instanceof InstanceObject i)) return MISS;
                    Object m = i.typeObject().lookup(name);
                    return m == null ? MISS : m;
                }

                @Override public boolean bindsOwner() {
                    throw new UnsupportedOperationException("bindsOwner not written yet");
                }
            });
        }
    }
}
