package org.specula.core.adaptive;

import org.specula.api.object.TypeObject;
import org.specula.api.spi.ObjectModel;
import org.specula.core.runtime.Errors;
import org.specula.core.runtime.Ops;
import org.specula.core.runtime.PyRuntime;
import org.specula.core.runtime.Py;
import org.specula.core.runtime.PyBuiltinFunction;
import org.specula.core.runtime.PyFunction;
import org.specula.core.runtime.PyType;
import org.specula.core.runtime.Types;

import java.util.Map;

/** The VM's {@link ObjectModel}: answers about values from the runtime, with no side effects. */
public final class CoreObjectModel implements ObjectModel {
    public static final CoreObjectModel INSTANCE = new CoreObjectModel();

    private CoreObjectModel() {}

    @Override
    public TypeObject typeOf(Object value) {
        return Ops.type(value);
    }

    @Override
    public TypeObject builtinType(String name) {
        Map<String, PyType> types = Map.ofEntries(
                Map.entry("object", Types.OBJECT), Map.entry("type", Types.TYPE), Map.entry("int", Types.INT),
                Map.entry("bool", Types.BOOL), Map.entry("float", Types.FLOAT), Map.entry("str", Types.STR),
                Map.entry("list", Types.LIST), Map.entry("tuple", Types.TUPLE), Map.entry("dict", Types.DICT),
                Map.entry("set", Types.SET), Map.entry("frozenset", Types.FROZENSET), Map.entry("range", Types.RANGE),
                Map.entry("NoneType", Types.NONE));
        return types.get(name);
    }

    @Override
    public Object builtin(String name) {
        PyRuntime rt = PyRuntime.current();
        return rt == null || rt.builtins == null ? null : rt.builtins.dict.getStr(name);
    }

    @Override
    public RuntimeException keyError(Object key) {
        return Errors.keyError(key);
    }

    @Override
    public Object none() {
        return Py.None;
    }

    @Override
    public boolean isDataDescriptor(Object value) {
        return Ops.isDataDescriptor(value);
    }

    @Override
    public boolean isDescriptor(Object value) {
        if (value instanceof PyFunction || value instanceof PyBuiltinFunction) return true;
        PyType t = Ops.type(value);
        return t.lookup("__get__") != null;
    }

    @Override
    public boolean isMethod(Object value) {
        return value instanceof PyFunction || value instanceof PyBuiltinFunction b && b.isMethod;
    }

    @Override
    public String strItem(String s, long index) {
        return Ops.strItem(s, index);
    }
}
