package org.specula.core.dis;

import org.specula.core.code.CodeObject;

/** Disassembler producing CPython 3.11's dis layout. */
public final class Dis {
    /**
     * The listing of one code object, then (like dis.dis on a module or function) of every code
     * object in its constants, each preceded by "Disassembly of &lt;code object ...&gt;:".
     */
    public static String dis(CodeObject code) { throw new UnsupportedOperationException("TODO"); }
}
