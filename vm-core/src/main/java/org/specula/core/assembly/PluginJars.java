package org.specula.core.assembly;

import org.specula.api.spi.Specializer;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Finds specializers: those on the VM's own class path, and those in the {@code *.jar} files of
 * plugin directories, each jar in its own class loader (whose parent is the loader of vm-api, so
 * plugin and VM agree on the SPI types). A jar that cannot be read or whose providers fail to
 * load is reported and skipped.
 */
final class PluginJars {
    private PluginJars() {}

    /** The specializers registered on the class path that holds vm-api (the built-in plugins). */
    static List<Specializer> fromClassPath(PluginProblems problems) {
        return load(ServiceLoader.load(Specializer.class, Specializer.class.getClassLoader()), null, "class path", problems);
    }

    /** The specializers of every jar in dir, in file-name order. */
    static List<Specializer> fromDirectory(Path dir, PluginProblems problems) {
        List<Specializer> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            problems.add("specula: error: plugin path " + dir + " is not a directory");
            return out;
        }
        List<Path> jars;
        try (Stream<Path> s = Files.list(dir)) {
            jars = s.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().toList();
        } catch (IOException e) {
            problems.add("specula: error: plugin path " + dir + " cannot be listed: " + e.getMessage());
            return out;
        }
        for (Path jar : jars) out.addAll(fromJar(jar, problems));
        return out;
    }

    static List<Specializer> fromJar(Path jar, PluginProblems problems) {
        try (JarFile jf = new JarFile(jar.toFile())) {
            if (jf.getEntry("META-INF/services/" + Specializer.class.getName()) == null) {
                problems.add("specula: error: plugin jar " + jar + " registers no " + Specializer.class.getName()
                        + " in META-INF/services; skipped");
                return List.of();
            }
        } catch (IOException | SecurityException e) {
            problems.add("specula: error: plugin jar " + jar + " cannot be read (" + e.getMessage() + "); skipped");
            return List.of();
        }
        URL url;
        try {
            url = jar.toUri().toURL();
        } catch (MalformedURLException e) {
            problems.add("specula: error: plugin jar " + jar + ": " + e.getMessage() + "; skipped");
            return List.of();
        }
        URLClassLoader loader = new URLClassLoader("specula-plugin:" + jar.getFileName(), new URL[] {url},
                Specializer.class.getClassLoader());
        List<Specializer> found = load(ServiceLoader.load(Specializer.class, loader), loader, jar.toString(), problems);
        if (found.isEmpty()) problems.add("specula: error: plugin jar " + jar + " provided no loadable specializer; skipped");
        return found;
    }

    /** Instantiates the providers (only those defined by onlyLoader when it is not null). */
    private static List<Specializer> load(ServiceLoader<Specializer> sl, ClassLoader onlyLoader, String where,
                                          PluginProblems problems) {
        List<Specializer> out = new ArrayList<>();
        var it = sl.stream().iterator();
        while (true) {
            ServiceLoader.Provider<Specializer> p;
            try {
                if (!it.hasNext()) break;
                p = it.next();
            } catch (ServiceConfigurationError | LinkageError e) {
                problems.add("specula: error: plugin " + where + ": " + oneLine(e) + "; skipped");
                continue;
            }
            try {
                if (onlyLoader != null && p.type().getClassLoader() != onlyLoader) continue;
                out.add(p.get());
            } catch (ServiceConfigurationError | LinkageError | RuntimeException e) {
                problems.add("specula: error: plugin " + where + ": cannot create a specializer: " + oneLine(e) + "; skipped");
            }
        }
        return out;
    }

    static String oneLine(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        String m = root == e ? String.valueOf(e.getMessage()) : e.getMessage() + " (" + root + ")";
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    /** Where a specializer's class was loaded from: its jar or class directory. */
    static String origin(Specializer s) {
        try {
            var cs = s.getClass().getProtectionDomain().getCodeSource();
            if (cs != null && cs.getLocation() != null) return Path.of(cs.getLocation().toURI()).toString();
        } catch (Exception | LinkageError ignored) {
            // fall through
        }
        return "class path";
    }
}
