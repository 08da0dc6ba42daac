package org.specula.core.interp;

import org.specula.core.code.CodeObject;
import org.specula.core.runtime.Errors;
import org.specula.core.runtime.Ops;
import org.specula.core.runtime.Py;
import org.specula.core.runtime.PyDict;
import org.specula.core.runtime.PyException;
import org.specula.core.runtime.PyList;
import org.specula.core.runtime.PyModule;
import org.specula.core.runtime.PyRuntime;
import org.specula.core.runtime.PyTuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The import statement: built-in modules (sys, dis, math, time) and {@code .py} files found on
 * sys.path. Packages and relative imports are not supported yet.
 */
final class Importer {
    private Importer() {}

    static Object importName(PyRuntime rt, String name, Object fromlist, int level, PyDict globals) {
        if (level > 0) {
            throw Errors.of(Errors.ImportError, "attempted relative import with no known parent package");
        }
        int dot = name.indexOf('.');
        if (dot >= 0) {
            // Only flat modules exist; report the top-level package as missing, as CPython would.
            String top = name.substring(0, dot);
            load(rt, top);
            throw Errors.of(Errors.ModuleNotFoundError, "No module named '" + name + "'; '" + top + "' is not a package");
        }
        return load(rt, name);
    }

    private static Object load(PyRuntime rt, String name) {
        Object cached = rt.modules.getStr(name);
        if (cached != null) return cached;
        PyModule builtin = BuiltinModules.create(rt, name);
        if (builtin != null) {
            rt.modules.put(name, builtin);
            return builtin;
        }
        Path file = find(rt, name);
        if (file == null) throw Errors.of(Errors.ModuleNotFoundError, "No module named '" + name + "'");
        String source;
        try {
            source = Pipeline.decodeSource(Files.readAllBytes(file), file.toString());
        } catch (IOException e) {
            throw Errors.of(Errors.ImportError, "cannot read " + file + ": " + e.getMessage());
        } catch (Pipeline.UndecodableSource e) {
            throw Errors.of(Errors.SyntaxError, e.getMessage());
        }
        String filename = file.toString();
        CodeObject code = Pipeline.compileRaising(source, filename);
        PyDict globals = new PyDict();
        globals.put("__name__", name);
        globals.put("__file__", filename);
        globals.put("__doc__", Py.None);
        globals.put("__builtins__", rt.builtins);
        PyModule module = new PyModule(name, globals);
        rt.modules.put(name, module);
        try {
            Interpreter.runModule(code, globals);
        } catch (PyException e) {
            rt.modules.remove(name);
            throw e;
        }
        return module;
    }

    private static Path find(PyRuntime rt, String name) {
        PyList path = rt.path;
        for (int i = 0; i < path.size; i++) {
            if (!(path.items[i] instanceof String dir)) continue;
            Path p = Path.of(dir.isEmpty() ? "." : dir, name + ".py");
            if (Files.isRegularFile(p)) return p.toAbsolutePath().normalize();
        }
        return null;
    }

    static Object importFrom(Object module, String name) {
        try {
            return Ops.getAttr(module, name);
        } catch (PyException e) {
            if (!e.value.type.isSubtypeOf(Errors.AttributeError)) throw e;
            String modName = module instanceof PyModule m ? m.name : Ops.type(module).name;
            Object file = module instanceof PyModule m ? m.dict.getStr("__file__") : null;
            String where = file instanceof String s ? s : "unknown location";
            throw Errors.of(Errors.ImportError, "cannot import name '" + name + "' from '" + modName + "' (" + where + ")");
        }
    }

    static void importStar(Object module, PyDict target) {
        if (!(module instanceof PyModule m)) throw Errors.typeError("import * needs a module");
        Object all = m.dict.getStr("__all__");
        if (all != null) {
            Object it = Ops.iter(all);
            for (Object n = Ops.next(it); n != null; n = Ops.next(it)) {
                target.put(n, Ops.getAttr(module, (String) n));
            }
            return;
        }
        Object keys = Ops.iter(m.dict);
        for (Object k = Ops.next(keys); k != null; k = Ops.next(keys)) {
            if (k instanceof String s && !s.startsWith("_")) target.put(s, m.dict.getStr(s));
        }
    }

}
