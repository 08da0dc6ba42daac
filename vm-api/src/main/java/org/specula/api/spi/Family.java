package org.specula.api.spi;

/**
 * The specializable instructions. Each constant documents what a specializer sees at a site of
 * that family ({@link SiteContext#operand(int)}) and which handler interface it must return.
 */
public enum Family {
    /** {@code a <op> b}; oparg is the operator as in CPython ({@link BinaryOps}); operands [left, right]; {@link BinaryOpHandler}. */
    BINARY_OP(BinaryOpHandler.class),
    /** {@code a < b} etc.; oparg is the comparison ({@link CompareOps}); operands [left, right]; {@link CompareOpHandler}. */
    COMPARE_OP(CompareOpHandler.class),
    /** {@code container[key]}; operands [container, key]; {@link BinarySubscrHandler}. */
    BINARY_SUBSCR(BinarySubscrHandler.class),
    /** {@code container[key] = value}; operands [container, key, value]; {@link StoreSubscrHandler}. */
    STORE_SUBSCR(StoreSubscrHandler.class),
    /** {@code item in container} (oparg 1: {@code not in}); operands [item, container]; {@link ContainsOpHandler}. */
    CONTAINS_OP(ContainsOpHandler.class),
    /** {@code owner.name}; operands [owner]; {@link LoadAttrHandler}. */
    LOAD_ATTR(LoadAttrHandler.class),
    /** {@code owner.name = value}; operands [owner, value]; {@link StoreAttrHandler}. */
    STORE_ATTR(StoreAttrHandler.class),
    /** {@code owner.name} about to be called; operands [owner]; {@link LoadMethodHandler}. */
    LOAD_METHOD(LoadMethodHandler.class),
    /** A global name; operands [globals, builtins] (both {@code DictObject}s); {@link LoadGlobalHandler}. */
    LOAD_GLOBAL(LoadGlobalHandler.class),
    /** A call; oparg is the argument count; operands [callable, arg0, arg1, ...]; {@link CallHandler}. */
    CALL(CallHandler.class),
    /** One step of a for loop; operands [iterator]; {@link ForIterHandler}. */
    FOR_ITER(ForIterHandler.class),
    /** {@code a, b = seq}; oparg is the number of targets; operands [sequence]; {@link UnpackSequenceHandler}. */
    UNPACK_SEQUENCE(UnpackSequenceHandler.class);

    private final Class<? extends SpecializedOp> handlerType;

    Family(Class<? extends SpecializedOp> handlerType) {
        this.handlerType = handlerType;
    }

    /** The handler interface a specializer must return for a site of this family. */
    public Class<? extends SpecializedOp> handlerType() {
        return handlerType;
    }
}
