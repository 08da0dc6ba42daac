package org.specula.testplugin.doc;

import org.specula.api.spi.BinaryOpHandler;

/** {@code float * float}: guarded on both operands being exactly float. */
public final class MultiplyFloat implements BinaryOpHandler {
    @Override public String name() { return "BINARY_OP_MULTIPLY_FLOAT"; }

    @Override public Object apply(Object left, Object right) {
        if (!(left instanceof Double a && right instanceof Double b)) return MISS;
        return a * b;
    }
}
