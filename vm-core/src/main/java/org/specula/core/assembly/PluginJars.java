package org.specula.core.assembly;

import org.specula.api.spi.Specializer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
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
        return load(ServiceLoader.load(Specializer.class, Specializer.class.getClassLoader()), null, "plugin on the class path",
                problems);
    }

    /**
     * The specializers of every jar in dir, in file-name order (a path naming a single jar file
     * loads that jar).
     */
    static List<Specializer> fromDirectory(Path dir, PluginProblems problems) {
        List<Specializer> out = new ArrayList<>();
        if (Files.isRegularFile(dir) && dir.getFileName().toString().endsWith(".jar")) return fromJar(dir, problems);
        if (!Files.exists(dir)) {
            problems.add("specula: error: plugin path " + dir + " does not exist");
            return out;
        }
        if (!Files.isDirectory(dir)) {
            problems.add("specula: error: plugin path " + dir + " is neither a directory nor a .jar file");
            return out;
        }
        List<Path> jars;
        try (Stream<Path> s = Files.list(dir)) {
            jars = s.filter(p -> p.getFileName().toString().endsWith(".jar") && Files.isRegularFile(p))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
        } catch (IOException | UncheckedIOException e) {
            problems.add("specula: error: plugin path " + dir + " cannot be listed: " + oneLine(e));
            return out;
        }
        for (Path jar : jars) out.addAll(fromJar(jar, problems));
        return out;
    }

    static List<Specializer> fromJar(Path given, PluginProblems problems) {
        // messages name the jar as its classes' code source does (absolute), so one run names it one way
        Path jar = given.toAbsolutePath().normalize();
        String services = "META-INF/services/" + Specializer.class.getName();
        try (JarFile jf = new JarFile(jar.toFile())) {
            if (jf.getEntry(services) == null) {
                problems.add("specula: error: plugin jar " + jar + " has no " + services + " file; skipped");
                return List.of();
            }
        } catch (IOException | SecurityException e) {
            problems.add("specula: error: plugin jar " + jar + " cannot be read (" + oneLine(e) + "); skipped");
            return List.of();
        }
        URL url;
        try {
            url = jar.toUri().toURL();
        } catch (MalformedURLException e) {
            problems.add("specula: error: plugin jar " + jar + ": " + oneLine(e) + "; skipped");
            return List.of();
        }
        // never closed: the plugin's classes are used as long as the VM lives
        URLClassLoader loader = new URLClassLoader("specula-plugin:" + jar.getFileName(), new URL[] {url},
                Specializer.class.getClassLoader());
        int before = problems.messages().size();
        List<Specializer> found = load(ServiceLoader.load(Specializer.class, loader), loader, "plugin jar " + jar, problems);
        if (found.isEmpty() && problems.messages().size() == before) {
            problems.add("specula: error: plugin jar " + jar + " names no provider class of its own in " + services
                    + "; skipped");
        }
        return found;
    }

    /**
     * Instantiates the providers (only those defined by onlyLoader when it is not null: a
     * plugin's loader also sees the services files of its parent). A provider that fails is
     * reported and skipped; ServiceLoader then goes on with the next one.
     */
    private static List<Specializer> load(ServiceLoader<Specializer> sl, ClassLoader onlyLoader, String where,
                                          PluginProblems problems) {
        List<Specializer> out = new ArrayList<>();
        var it = sl.stream().iterator();
        String lastError = null;
        while (true) {
            ServiceLoader.Provider<Specializer> p;
            try {
                if (!it.hasNext()) break;
                p = it.next();
            } catch (ServiceConfigurationError | LinkageError e) {
                String m = oneLine(e);
                // a lookup that fails the same way again would never end
                if (m.equals(lastError)) break;
                lastError = m;
                problems.add("specula: error: " + where + ": " + m + "; skipped");
                continue;
            }
            String cls = "?";
            Specializer s;
            try {
                cls = p.type().getName();
                if (onlyLoader != null && p.type().getClassLoader() != onlyLoader) continue;
                s = p.get();
            } catch (VirtualMachineError e) {
                throw e;
            } catch (RuntimeException | Error e) {
                problems.add("specula: error: " + where + ": provider " + cls + " could not be created: "
                        + oneLine(e.getCause() != null && e instanceof ServiceConfigurationError ? e.getCause() : e)
                        + "; skipped");
                continue;
            }
            try {
                // the Multibinder keeps specializers in a set: a plugin whose hashCode or equals fails must not stop the VM
                if (!s.equals(s)) throw new IllegalStateException("equals(this) is false");
                s.hashCode();
            } catch (VirtualMachineError e) {
                throw e;
            } catch (RuntimeException | Error e) {
                problems.add("specula: error: " + where + ": provider " + cls + " has a broken equals or hashCode: "
                        + oneLine(e) + "; skipped");
                continue;
            }
            out.add(s);
        }
        return out;
    }

    /**
     * A throwable as one line: its class and message (ServiceLoader's "org.specula...Specializer: "
     * prefix dropped) and its root cause's, each cut at the first line break.
     */
    static String oneLine(Throwable e) {
        Throwable root = e;
        for (int i = 0; i < 20 && root.getCause() != null && root.getCause() != root; i++) root = root.getCause();
        String m = describe(e);
        if (root != e) m += " (caused by " + describe(root) + ")";
        return m;
    }

    private static String describe(Throwable e) {
        String msg = e.getMessage();
        if (e instanceof ServiceConfigurationError && msg != null) {
            String prefix = Specializer.class.getName() + ": ";
            String m = firstLine(msg.startsWith(prefix) ? msg.substring(prefix.length()) : msg);
            // ServiceLoader's two commonest complaints, said plainly
            if (m.startsWith("Provider ") && m.endsWith(" not found")) {
                return "provider class " + m.substring(9, m.length() - 10) + " (named in the services file) not found";
            }
            if (m.endsWith(" not a subtype")) {
                return m.substring(0, m.length() - 14) + " does not implement " + Specializer.class.getName();
            }
            return m;
        }
        // InvocationTargetException and ExceptionInInitializerError carry no message of their own
        if (msg == null) return e.getClass().getName();
        return e.getClass().getName() + ": " + firstLine(msg);
    }

    private static String firstLine(String s) {
        int cut = s.length();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r') {
                cut = i;
                break;
            }
        }
        return cut == s.length() ? s : s.substring(0, cut) + " ...";
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
