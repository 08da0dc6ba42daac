package org.specula.core.interp;

import org.specula.core.code.CodeObject;
import org.specula.core.runtime.Errors;
import org.specula.core.runtime.Ops;
import org.specula.core.runtime.PyBaseException;
import org.specula.core.runtime.PyDict;
import org.specula.core.runtime.PyException;
import org.specula.core.runtime.PyList;
import org.specula.core.runtime.PyRuntime;
import org.specula.core.runtime.Traceback;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * CPython 3.11's "Did you mean: ...?" for uncaught NameError and AttributeError (Python/suggestions.c):
 * the candidate closest to the missing name by a Levenshtein distance over UTF-8 bytes where a
 * case change costs 1 and any other edit 2, within a third of the involved characters.
 */
public final class Suggestions {
    private Suggestions() {}

    static final int MAX_CANDIDATE_ITEMS = 750;
    static final int MAX_STRING_SIZE = 40;
    static final int MOVE_COST = 2;
    static final int CASE_COST = 1;

    /** CPython 3.11's builtins module namespace, in its insertion order (ties go to the first). */
    private static final List<String> CPYTHON_BUILTINS = List.of("__name__", "__doc__", "__package__", "__loader__",
            "__spec__", "__build_class__", "__import__", "abs", "all", "any", "ascii", "bin", "breakpoint", "callable",
            "chr", "compile", "delattr", "dir", "divmod", "eval", "exec", "format", "getattr", "globals", "hasattr",
            "hash", "hex", "id", "input", "isinstance", "issubclass", "iter", "aiter", "len", "locals", "max", "min",
            "next", "anext", "oct", "ord", "pow", "print", "repr", "round", "setattr", "sorted", "sum", "vars", "None",
            "Ellipsis", "NotImplemented", "False", "True", "bool", "memoryview", "bytearray", "bytes", "classmethod",
            "complex", "dict", "enumerate", "filter", "float", "frozenset", "property", "int", "list", "map", "object",
            "range", "reversed", "set", "slice", "staticmethod", "str", "super", "tuple", "type", "zip", "__debug__",
            "BaseException", "BaseExceptionGroup", "Exception", "GeneratorExit", "KeyboardInterrupt", "SystemExit",
            "ArithmeticError", "AssertionError", "AttributeError", "BufferError", "EOFError", "ImportError",
            "LookupError", "MemoryError", "NameError", "OSError", "ReferenceError", "RuntimeError",
            "StopAsyncIteration", "StopIteration", "SyntaxError", "SystemError", "TypeError", "ValueError", "Warning",
            "FloatingPointError", "OverflowError", "ZeroDivisionError", "BytesWarning", "DeprecationWarning",
            "EncodingWarning", "FutureWarning", "ImportWarning", "PendingDeprecationWarning", "ResourceWarning",
            "RuntimeWarning", "SyntaxWarning", "UnicodeWarning", "UserWarning", "BlockingIOError",
            "ChildProcessError", "ConnectionError", "FileExistsError", "FileNotFoundError", "InterruptedError",
            "IsADirectoryError", "NotADirectoryError", "PermissionError", "ProcessLookupError", "TimeoutError",
            "IndentationError", "IndexError", "KeyError", "ModuleNotFoundError", "NotImplementedError",
            "RecursionError", "UnboundLocalError", "UnicodeError", "BrokenPipeError", "ConnectionAbortedError",
            "ConnectionRefusedError", "ConnectionResetError", "TabError", "UnicodeDecodeError", "UnicodeEncodeError",
            "UnicodeTranslateError", "ExceptionGroup", "EnvironmentError", "IOError", "open", "quit", "exit",
            "copyright", "credits", "license", "help");

    /** The suggestion for an exception about to be printed, or null (CPython's _Py_Offer_Suggestions). */
    public static String offer(PyBaseException exc) {
        try {
            if (exc.type == Errors.AttributeError) return forAttributeError(exc);
            if (exc.type == Errors.NameError) return forNameError(exc);
        } catch (RuntimeException e) {
            // as CPython: a failure while looking for a suggestion just means none
        }
        return null;
    }

    private static String forAttributeError(PyBaseException exc) {
        Object name = Ops.getAttr(exc, "name");
        Object obj = Ops.getAttr(exc, "obj");
        if (!(name instanceof String n)) return null;
        Object dir = Ops.call(PyRuntime.current().builtins.dict.getStr("dir"), new Object[] {obj}, null);
        return calculate(strings(dir), n);
    }

    private static String forNameError(PyBaseException exc) {
        Object name = Ops.getAttr(exc, "name");
        if (!(name instanceof String n) || exc.traceback == null) return null;
        Traceback tb = exc.traceback;
        while (tb.next() != null) tb = tb.next();
        CodeObject code = tb.code();
        String s = calculate(code.varnames == null ? List.of() : Arrays.asList(code.varnames), n);
        if (s != null) return s;
        if (exc.lookupGlobals == null) return null;
        s = calculate(keys(exc.lookupGlobals), n);
        if (s != null) return s;
        if (exc.lookupBuiltins == null) return null;
        Set<String> builtins = new LinkedHashSet<>();
        // CPython's own builtin names only when the code runs with the real builtins (exec/eval
        // may pass a custom __builtins__ dict).
        if (exc.lookupBuiltins == org.specula.core.runtime.PyRuntime.current().builtins.dict) builtins.addAll(CPYTHON_BUILTINS);
        builtins.addAll(keys(exc.lookupBuiltins));
        return calculate(new ArrayList<>(builtins), n);
    }

    private static List<String> keys(PyDict d) {
        List<String> out = new ArrayList<>();
        Object it = Ops.iter(d);
        for (Object k = Ops.next(it); k != null; k = Ops.next(it)) {
            if (k instanceof String s) out.add(s);
        }
        return out;
    }

    private static List<String> strings(Object list) {
        List<String> out = new ArrayList<>();
        if (list instanceof PyList l) {
            for (int i = 0; i < l.size(); i++) {
                if (l.get(i) instanceof String s) out.add(s);
            }
        }
        return out;
    }

    /** CPython's calculate_suggestions. */
    static String calculate(List<String> dir, String name) {
        if (dir.size() >= MAX_CANDIDATE_ITEMS) return null;
        long suggestionDistance = Long.MAX_VALUE;
        String suggestion = null;
        byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
        for (String item : dir) {
            if (item.equals(name)) continue;
            byte[] itemBytes = item.getBytes(StandardCharsets.UTF_8);
            // No more than 1/3 of the involved characters should need changed.
            long maxDistance = (long) (nameBytes.length + itemBytes.length + 3) * MOVE_COST / 6;
            // Don't take matches we've already beaten.
            maxDistance = Math.min(maxDistance, suggestionDistance - 1);
            long d = levenshtein(nameBytes, itemBytes, maxDistance);
            if (d > maxDistance) continue;
            if (suggestion == null || d < suggestionDistance) {
                suggestion = item;
                suggestionDistance = d;
            }
        }
        return suggestion;
    }

    private static int substitutionCost(byte a, byte b) {
        if ((a & 31) != (b & 31)) return MOVE_COST;
        if (a == b) return 0;
        int x = a, y = b;
        if ('A' <= x && x <= 'Z') x += 'a' - 'A';
        if ('A' <= y && y <= 'Z') y += 'a' - 'A';
        return x == y ? CASE_COST : MOVE_COST;
    }

    /** CPython's levenshtein_distance (one row, common affixes trimmed, early exit past maxCost). */
    static long levenshtein(byte[] a0, byte[] b0, long maxCost) {
        int aStart = 0, aEnd = a0.length, bStart = 0, bEnd = b0.length;
        while (aStart < aEnd && bStart < bEnd && a0[aStart] == b0[bStart]) {
            aStart++;
            bStart++;
        }
        while (aStart < aEnd && bStart < bEnd && a0[aEnd - 1] == b0[bEnd - 1]) {
            aEnd--;
            bEnd--;
        }
        int aSize = aEnd - aStart, bSize = bEnd - bStart;
        if (aSize == 0 || bSize == 0) return (long) (aSize + bSize) * MOVE_COST;
        if (aSize > MAX_STRING_SIZE || bSize > MAX_STRING_SIZE) return maxCost + 1;
        byte[] a = Arrays.copyOfRange(a0, aStart, aEnd);
        byte[] b = Arrays.copyOfRange(b0, bStart, bEnd);
        if (bSize < aSize) {
            byte[] t = a;
            a = b;
            b = t;
            int ts = aSize;
            aSize = bSize;
            bSize = ts;
        }
        if ((long) (bSize - aSize) * MOVE_COST > maxCost) return maxCost + 1;
        long[] buffer = new long[aSize];
        long tmp = MOVE_COST;
        for (int i = 0; i < aSize; i++) {
            buffer[i] = tmp;
            tmp += MOVE_COST;
        }
        long result = 0;
        for (int bIndex = 0; bIndex < bSize; bIndex++) {
            byte code = b[bIndex];
            long distance = result = (long) bIndex * MOVE_COST;
            long minimum = Long.MAX_VALUE;
            for (int index = 0; index < aSize; index++) {
                long substitute = distance + substitutionCost(code, a[index]);
                distance = buffer[index];
                long insertDelete = Math.min(result, distance) + MOVE_COST;
                result = Math.min(insertDelete, substitute);
                buffer[index] = result;
                if (result < minimum) minimum = result;
            }
            if (minimum > maxCost) return maxCost + 1;
        }
        return result;
    }
}
