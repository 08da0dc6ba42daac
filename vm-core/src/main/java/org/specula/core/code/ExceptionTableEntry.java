package org.specula.core.code;

/**
 * One row of a code object's exception table, as CPython 3.11: an exception raised by an
 * instruction with index in [start, end) pops the operand stack to {@code depth}, pushes the
 * raising instruction's index (as a Python int) when {@code lasti} is set, pushes the exception
 * object, and jumps to {@code target}. Indices are instruction indices.
 */
public record ExceptionTableEntry(int start, int end, int target, int depth, boolean lasti) {}
