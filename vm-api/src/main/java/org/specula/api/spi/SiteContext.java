package org.specula.api.spi;

import java.util.List;

/**
 * What a {@link Specializer} sees of a site when asked to specialize it: the instruction, and the
 * operand values it is executing with right now. Valid only during the
 * {@link Specializer#specialize} call.
 */
public interface SiteContext {
    /** The site's family. */
    Family family();

    /** The instruction's argument (operator number, argument count, ... see {@link Family}). */
    int oparg();

    /** The name the instruction refers to (attribute or global name), or null for other families. */
    String name();

    /** The number of operands (see {@link Family} for their order). */
    int operandCount();

    /** Operand i as the instruction is about to use it. Inspect it; do not mutate it. */
    Object operand(int i);

    /** Keyword argument names of a CALL (empty for other families and for positional calls). */
    List<String> keywordNames();

    /** The constants of the code object (for example a float multiplier loaded right before). */
    List<Object> constants();

    /** The qualified name of the function (or {@code <module>}) containing the site. */
    String codeName();

    /** The source file of the code. */
    String filename();

    /** The source line of the instruction. */
    int line();

    /** The VM's object model: types of values, descriptors, None. */
    ObjectModel objectModel();
}
