package org.specula.api.spi;

import java.util.Objects;

/** What a {@link Specializer} answers for a site: a handler, or a reason for declining. */
public final class Specialization {
    private final SpecializedOp handler;
    private final String reason;

    private Specialization(SpecializedOp handler, String reason) {
        this.handler = handler;
        this.reason = reason;
    }

    /** Success: install handler at the site. */
    public static Specialization of(SpecializedOp handler) {
        return new Specialization(Objects.requireNonNull(handler, "handler"), null);
    }

    /**
     * Declined, for a short reason counted in the statistics ({@code "operands not float"}).
     * Keep the set of reasons small and fixed: no operand values in the text.
     */
    public static Specialization fail(String reason) {
        return new Specialization(null, Objects.requireNonNull(reason, "reason"));
    }

    /** True when a handler was offered. */
    public boolean succeeded() {
        return handler != null;
    }

    /** The handler, or null when declined. */
    public SpecializedOp handler() {
        return handler;
    }

    /** The reason for declining, or null on success. */
    public String reason() {
        return reason;
    }

    @Override
    public String toString() {
        return handler != null ? "Specialization[" + handler.name() + "]" : "Specialization.fail[" + reason + "]";
    }
}
