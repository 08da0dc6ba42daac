package org.specula.api.spi;

import org.specula.api.object.DictObject;

/**
 * The handler of a specialized {@code LOAD_GLOBAL}: the site's name looked up in the frame's
 * globals, then builtins. See {@link SpecializedOp} for the contract. The usual guard is the
 * identity of the dicts and their {@link DictObject#keysVersion()}, after which the value is
 * read at a cached entry index.
 */
public interface LoadGlobalHandler extends SpecializedOp {
    /**
     * Runs the specialized lookup, or misses.
     *
     * @param globals the frame's globals (a module's namespace)
     * @param builtins the frame's builtins
     * @return the value, or {@link #MISS} (also when the name is not found: the generic
     *     instruction raises the NameError)
     */
    Object load(DictObject globals, DictObject builtins);
}
