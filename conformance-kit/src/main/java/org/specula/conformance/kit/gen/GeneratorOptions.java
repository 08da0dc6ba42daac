package org.specula.conformance.kit.gen;

/**
 * Size limits for {@link ProgramGenerator}. Every bound is an upper bound on what fresh random
 * choices can produce; the all-zero choice sequence always gives the smallest program.
 *
 * @param maxSections   most top-level program sections (each is one or two functions or a class
 *                      plus the driver code that exercises it), at least 1
 * @param maxStatements most statements in a generated function body (not counting nested ones), at least 1
 * @param maxLoopBound  most iterations of a generated {@code for}/{@code while} loop, at least 1
 * @param maxPhases     most operand-type phases a function is driven with, at least 1
 * @param minCalls      calls of a function in one phase: at least this many (more than the warm-up)
 * @param maxExtraCalls the number of calls per phase is {@code minCalls + [0, maxExtraCalls)}, at least 1
 * @param maxDepth      deepest nesting of generated expressions, at least 0
 * @param maxSectionOps budget of estimated bytecodes the driver may spend on one section: later
 *                      phases are dropped once it is spent (the first phase always runs)
 */
public record GeneratorOptions(int maxSections, int maxStatements, int maxLoopBound, int maxPhases,
                               int minCalls, int maxExtraCalls, int maxDepth, long maxSectionOps) {
    /** The defaults: programs that run in a few milliseconds on the generic VM. */
    public static final GeneratorOptions DEFAULT = new GeneratorOptions(4, 4, 5, 6, 12, 9, 2, 15_000);

    public GeneratorOptions {
        if (maxSections < 1 || maxStatements < 1 || maxLoopBound < 1 || maxPhases < 1 || minCalls < 1
                || maxExtraCalls < 1 || maxDepth < 0 || maxSectionOps < 1) {
            throw new IllegalArgumentException("bad generator options: " + this);
        }
    }
}
