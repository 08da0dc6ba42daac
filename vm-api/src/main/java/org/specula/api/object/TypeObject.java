package org.specula.api.object;

/**
 * A Python type as a specialized op sees it. The VM's single implementation is its type class;
 * plugins never subclass this.
 *
 * <p>The {@linkplain #versionTag() version tag} changes whenever the type or any type in its MRO
 * is mutated (an attribute set or deleted, {@code __bases__} changed). A handler that cached
 * something found by {@link #lookup} guards on {@code type.versionTag() == cachedVersion}: while
 * the tag is unchanged, the lookup would give the same answer.
 */
public abstract class TypeObject {
    /** For the VM's own implementation: plugins use this class and never extend it. */
    protected TypeObject() {}

    /** The type's {@code __name__}. */
    public abstract String typeName();

    /** The current version tag (never 0). */
    public abstract int versionTag();

    /** The attribute found along the MRO (without binding, as {@code _PyType_Lookup}), or null. */
    public abstract Object lookup(String name);

    /** True for built-in types (int, str, list, ...), which cannot be mutated. */
    public abstract boolean isBuiltin();

    /**
     * True when instances do not use the plain attribute protocol: {@code __getattribute__} is
     * overridden or a {@code __getattr__} hook exists somewhere in the MRO. Attribute
     * specializations should decline such types.
     */
    public abstract boolean hasCustomAttributeAccess();

    /** True when this type is other or derives from it. */
    public abstract boolean isSubtypeOf(TypeObject other);
}
