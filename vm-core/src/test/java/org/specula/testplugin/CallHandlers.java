package org.specula.testplugin;

import org.specula.api.object.DictObject;
import org.specula.api.object.FunctionObject;
import org.specula.api.object.ListObject;
import org.specula.api.object.TupleObject;
import org.specula.api.spi.CallHandler;

/** Call handlers of the example plugin. */
final class CallHandlers {
    private CallHandlers() {}

    /** A Python function called with exactly its positional parameters: the VM enters its frame. */
    static final class PyExactArgs implements CallHandler {
        private final FunctionObject function;

        PyExactArgs(FunctionObject function) { this.function = function; }

        @Override public String name() { return "CALL_PY_EXACT_ARGS"; }

        @Override public Object call(Object callable, Object[] args, int start, int count) {
            if (callable != function || count != function.positionalCount() || !function.hasSimpleSignature()) return MISS;
            return ENTER_FRAME;
        }
    }

    /** len(x) of the built-in len on a str, list, tuple or dict. */
    static final class Len implements CallHandler {
        private final Object len;

        Len(Object len) { this.len = len; }

        @Override public String name() { return "CALL_NO_KW_LEN"; }

        @Override public Object call(Object callable, Object[] args, int start, int count) {
            if (callable != len || count != 1) return MISS;
            Object x = args[start];
            if (x instanceof String s) return (long) s.codePointCount(0, s.length());
            if (x instanceof ListObject l) return (long) l.size();
            if (x instanceof TupleObject t) return (long) t.size();
            if (x instanceof DictObject d) return (long) d.size();
            return MISS;
        }
    }
}
