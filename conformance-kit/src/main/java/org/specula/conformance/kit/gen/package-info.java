/**
 * The random Python program generator of the differential conformance suites (issue 4).
 *
 * <p>{@link org.specula.conformance.kit.gen.ProgramGenerator} turns a
 * {@link org.specula.conformance.kit.Choices} sequence into a complete program: helper classes,
 * functions, and a driver that calls each function in phases of different operand types (so
 * specializations are made, miss, deoptimize and respecialize inside the program) and prints
 * what each phase saw. The phases lead a site specialized on ordinary operands to the edges
 * where a plausible fast path goes wrong: ints whose sum or product leaves 64 bits, NaN and -0.0
 * in float comparisons, lists of the wrong length or of mixed element types, instances of one
 * class with different attribute orders. Programs are valid, terminating and deterministic for
 * any choice sequence, and smaller choices give simpler programs, so a failing program shrinks
 * by editing its recorded choices. {@link org.specula.conformance.kit.gen.GeneratorOptions}
 * bounds sizes.
 */
package org.specula.conformance.kit.gen;
