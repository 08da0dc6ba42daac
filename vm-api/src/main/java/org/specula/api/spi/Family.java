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
    /**
     * {@code item in container} (oparg 1: {@code not in}, which the VM applies to the handler's
     * answer); operands [item, container]; {@link ContainsOpHandler}.
     */
    CONTAINS_OP(ContainsOpHandler.class),
    /** {@code owner.name}; operands [owner]; {@link LoadAttrHandler}. */
    LOAD_ATTR(LoadAttrHandler.class),
    /** {@code owner.name = value}; operands [owner, value]; {@link StoreAttrHandler}. */
    STORE_ATTR(StoreAttrHandler.class),
    /** {@code owner.name} about to be called; operands [owner]; {@link LoadMethodHandler}. */
    LOAD_METHOD(LoadMethodHandler.class),
    /** A global name; operands [globals, builtins] (both {@code DictObject}s); {@link LoadGlobalHandler}. */
    LOAD_GLOBAL(LoadGlobalHandler.class),
    /**
     * A call; oparg is the number of arguments written at the call; operands [callable, arg0,
     * arg1, ...], where a method call ({@code obj.m(x)}) has the function as callable and the owner
     * as arg0 (so there is one operand more than oparg + 1), and a call with keyword arguments ends
     * with their values ({@link SiteContext#keywordNames()}); {@link CallHandler}.
     */
    CALL(CallHandler.class),
    /** One step of a for loop; operands [iterator]; {@link ForIterHandler}. */
    FOR_ITER(ForIterHandler.class),
    /** {@code a, b = seq}; oparg is the number of targets; operands [sequence]; {@link UnpackSequenceHandler}. */
    UNPACK_SEQUENCE(UnpackSequenceHandler.class);

    private final Class<? extends SpecializedOp> handlerType;

    Family(Class<? extends SpecializedOp> handlerType) {
        this.handlerType = handlerType;
    }

    /**
     * The handler interface of this family.
     *
     * @return the interface a handler offered for a site of this family must implement
     */
    public Class<? extends SpecializedOp> handlerType() {
        return handlerType;
    }
}
