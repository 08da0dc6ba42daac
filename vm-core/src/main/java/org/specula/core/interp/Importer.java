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
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The import statement: built-in modules (sys, dis, math, time) and {@code .py} files found on
 * sys.path. Packages and relative imports are not supported yet.
 *
 * <p>Standard-library modules written in Python (functools, itertools, collections, string) are
 * bundled as classpath resources {@code /org/specula/lib/NAME.py}. As in CPython, sys.path is
 * searched first (a program's own {@code collections.py} shadows the library one); the bundled
 * library is the fallback. A library module's {@code __file__} is {@code "<specula-lib>/NAME.py"};
 * tracebacks through library code show that name with no source line.
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
        byte[] bytes;
        String filename;
        if (file != null) {
            filename = file.toString();
            try {
                bytes = Files.readAllBytes(file);
            } catch (IOException e) {
                throw Errors.of(Errors.ImportError, "cannot read " + file + ": " + e.getMessage());
            }
        } else {
            bytes = libraryModule(name);
            if (bytes == null) throw Errors.of(Errors.ModuleNotFoundError, "No module named '" + name + "'");
            filename = LIB_PREFIX + name + ".py";
        }
        String source;
        try {
            source = Pipeline.decodeSource(bytes, filename);
        } catch (Pipeline.UndecodableSource e) {
            throw Errors.of(Errors.SyntaxError, e.getMessage());
        }
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

    /** The pseudo-directory of bundled library modules in {@code __file__} and tracebacks. */
    static final String LIB_PREFIX = "<specula-lib>/";

    /** The source of a bundled standard-library module, or null if there is none. */
    private static byte[] libraryModule(String name) {
        if (name.isEmpty() || !name.chars().allMatch(c -> c == '_' || Character.isLetterOrDigit(c))) return null;
        try (InputStream in = Importer.class.getResourceAsStream("/org/specula/lib/" + name + ".py")) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw Errors.of(Errors.ImportError, "cannot read library module " + name + ": " + e.getMessage());
        }
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
