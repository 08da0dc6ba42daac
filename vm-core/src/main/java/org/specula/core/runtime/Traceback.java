package org.specula.core.runtime;

import org.specula.core.code.CodeObject;

/**
 * One traceback entry, as CPython's traceback objects: a linked list from the outermost frame
 * ({@code this}) to the innermost, where the exception was raised. An entry is prepended each
 * time the exception leaves (or is raised anew in) a frame.
 *
 * @param code the code object of the frame
 * @param instruction index of the instruction that was running
 * @param next the entry of the frame called from here, or null
 */
public record Traceback(CodeObject code, int instruction, Traceback next) {
    public int line() {
        return code.lineOf(instruction);
    }
}
