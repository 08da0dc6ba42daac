package org.specula.core.runtime;

/** The runtime's singletons: None, NotImplemented and Ellipsis. */
public final class Py {
    private Py() {}

    /** The type of None; its only instance is {@link #None}. */
    public static final class NoneType {
        private NoneType() {}
        @Override public String toString() { return "None"; }
    }

    public static final class NotImplementedType {
        private NotImplementedType() {}
        @Override public String toString() { return "NotImplemented"; }
    }

    public static final class EllipsisType {
        private EllipsisType() {}
        @Override public String toString() { return "Ellipsis"; }
    }

    public static final NoneType None = new NoneType();
    public static final NotImplementedType NotImplemented = new NotImplementedType();
    public static final EllipsisType Ellipsis = new EllipsisType();
}
