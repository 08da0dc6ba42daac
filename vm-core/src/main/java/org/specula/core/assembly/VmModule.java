package org.specula.core.assembly;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import org.specula.api.spi.Family;
import org.specula.api.spi.Specializer;
import org.specula.core.adaptive.AdaptivePolicy;
import org.specula.core.adaptive.InstalledSpecializer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The core bindings of a VM build. Guice runs once, when a {@link org.specula.core.Vm} is built:
 * it collects the specializers in a {@link Multibinder} and checks them into the
 * {@link SpecializerSet} the VM uses.
 *
 * <p>Load order (which decides the specializer kept when two share an id): ServiceLoader on the
 * class path, then each plugin directory in the order given, each directory's {@code *.jar}
 * files in file-name order (each jar in its own class loader), then the specializers a custom
 * assembly binds. Every problem (a jar that cannot be read or has no services file, a provider
 * that cannot be created, an SPI version mismatch or an older SPI, an invalid or duplicate id, no
 * family, an unknown name in {@link VmOptions#only()}) is one line naming the jar; the VM starts
 * without the offending plugin and prints the lines on its stderr.
 *
 * <p>A custom build overrides or adds bindings without touching the core (a Multibinder in the
 * override module adds to the one of VmModule: Guice merges set contributions):
 * <pre>{@code
 * Module custom = Modules.override(new VmModule(VmOptions.DEFAULT)).with(new AbstractModule() {
 *     protected void configure() {
 *         bind(AdaptivePolicy.class).toInstance(AdaptivePolicy.EAGER);
 *         Multibinder.newSetBinder(binder(), Specializer.class).addBinding().to(MySpecializer.class);
 *     }
 * });
 * Vm vm = Vm.builder().assembly(custom).build();
 * }</pre>
 */
public class VmModule extends AbstractModule {
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_-]*");
    /** The per-site disable mask of the adaptive engine has 64 bits. */
    private static final int MAX_SPECIALIZERS = 64;

    private final VmOptions options;

    /** The core bindings for a VM built with these options. */
    public VmModule(VmOptions options) {
        this.options = options;
    }

    @Override
    protected void configure() {
        PluginProblems problems = new PluginProblems();
        bind(PluginProblems.class).toInstance(problems);
        bind(VmOptions.class).toInstance(options);
        bind(AdaptivePolicy.class).toInstance(options.policy());
        Multibinder<Specializer> specializers = Multibinder.newSetBinder(binder(), Specializer.class);
        // the same instance bound twice is one specializer (distinct ones with one id are reported later)
        specializers.permitDuplicates();
        List<Specializer> discovered = new ArrayList<>();
        if (options.specialize()) {
            discovered.addAll(PluginJars.fromClassPath(problems));
            for (Path dir : options.pluginPaths()) discovered.addAll(PluginJars.fromDirectory(dir, problems));
        }
        for (Specializer s : discovered) specializers.addBinding().toInstance(s);
        bind(Discovered.class).toInstance(new Discovered(List.copyOf(discovered)));
    }

    /** The specializers VmModule found itself, in discovery order (a Multibinder's order depends on how modules are combined). */
    record Discovered(List<Specializer> specializers) {}

    /** Discovered specializers first, in discovery order, then those a custom assembly bound. */
    private static List<Specializer> loadOrder(Set<Specializer> found, Discovered discovered) {
        List<Specializer> out = new ArrayList<>(found.size());
        Set<Specializer> placed = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Specializer s : discovered.specializers()) {
            if (found.contains(s) && placed.add(s)) out.add(s);
        }
        for (Specializer s : found) if (placed.add(s)) out.add(s);
        return out;
    }

    /**
     * Checks the collected specializers in load order (class path, plugin directories in
     * order, each directory's jars in file-name order, then those bound by a custom assembly):
     * SPI version, id, families, duplicates (the first one is kept) and keeps those named by {@link VmOptions#only()}.
     */
    @Provides
    @Singleton
    SpecializerSet specializerSet(Set<Specializer> found, Discovered discovered, VmOptions options, AdaptivePolicy policy,
                                  PluginProblems problems) {
        List<InstalledSpecializer> out = new ArrayList<>();
        // every valid id (kept or not) with the origin of the one kept
        Map<String, String> ids = new LinkedHashMap<>();
        // with specialize off nothing was discovered; bindings added by a custom assembly still count
        for (Specializer s : loadOrder(found, discovered)) {
            String origin = PluginJars.origin(s);
            InstalledSpecializer is = check(s, origin, out.size(), ids, problems);
            if (is == null) continue;
            ids.put(is.id(), origin);
            if (options.only() != null && !options.only().contains(is.id())) continue;
            if (out.size() == MAX_SPECIALIZERS) {
                problems.add("specula: error: more than " + MAX_SPECIALIZERS + " specializers; '" + is.id() + "' from "
                        + origin + " not loaded");
                continue;
            }
            out.add(is);
        }
        if (options.only() != null) {
            for (String want : new TreeSet<>(options.only())) {
                if (!ids.containsKey(want)) {
                    problems.add("specula: error: -X specializers: no specializer named '" + want + "' (found: "
                            + (ids.isEmpty() ? "none" : String.join(", ", ids.keySet())) + ")");
                }
            }
        }
        return new SpecializerSet(out, policy, problems.messages());
    }

    private static InstalledSpecializer check(Specializer s, String origin, int index, Map<String, String> ids,
                                              PluginProblems problems) {
        String cls = s.getClass().getName();
        try {
            int v = s.spiVersion();
            if (v != Specializer.SPI_VERSION) {
                problems.add("specula: error: " + where(origin) + ": " + cls + " was built for SPI version " + v
                        + ", this VM implements version " + Specializer.SPI_VERSION + "; not loaded");
                return null;
            }
            String id = s.id();
            if (id == null || !ID.matcher(id).matches()) {
                problems.add("specula: error: " + where(origin) + ": " + cls + " has an invalid id " + (id == null ? "null" : "'" + printable(id) + "'")
                        + " (lower-case letters, digits, '-' and '_'); not loaded");
                return null;
            }
            if (ids.containsKey(id)) {
                problems.add("specula: error: " + where(origin) + ": duplicate specializer id '" + id + "' (" + cls
                        + "); not loaded, the one from " + ids.get(id) + " is kept");
                return null;
            }
            Set<Family> fams = s.families();
            if (fams == null || fams.isEmpty()) {
                problems.add("specula: error: " + where(origin) + ": specializer '" + id + "' names no family; not loaded");
                return null;
            }
            return new InstalledSpecializer(s, id, Set.copyOf(EnumSet.copyOf(fams)), s.priority(), printable(String.valueOf(s.version())),
                    origin, index);
        } catch (NoClassDefFoundError e) {
            // an SPI class the plugin was built against that this VM lacks, or a class of its own missing
            String missing = String.valueOf(e.getMessage()).replace('/', '.');
            problems.add("specula: error: " + where(origin) + ": " + cls + (missing.startsWith("org.specula.")
                    ? " is incompatible with this VM's SPI (version " + Specializer.SPI_VERSION + "): no class " + missing
                    : " needs class " + missing + ", which its jar does not provide") + "; not loaded");
        } catch (LinkageError e) {
            problems.add("specula: error: " + where(origin) + ": " + cls + " is incompatible with this VM's SPI (version "
                    + Specializer.SPI_VERSION + "): " + PluginJars.oneLine(e) + "; not loaded");
        } catch (VirtualMachineError e) {
            throw e;
        } catch (RuntimeException | Error e) {
            problems.add("specula: error: " + where(origin) + ": " + cls + " failed to describe itself: "
                    + PluginJars.oneLine(e) + "; not loaded");
        }
        return null;
    }

    /** How a message names a plugin's origin. */
    private static String where(String origin) {
        return (origin.endsWith(".jar") ? "plugin jar " : "plugin ") + origin;
    }

    /** s on one line: control characters escaped, at most 100 characters (plugin strings end up in messages). */
    static String printable(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length() && b.length() < 100; i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029' || c == '\u0085') {
                b.append(String.format("\\x%02x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.length() < 100 || s.length() <= 100 ? b.toString() : b + "...";
    }
}
