package org.specula.conformance;

import com.google.inject.Module;
import org.specula.api.spi.Specializer;
import org.specula.core.Vm;
import org.specula.core.adaptive.AdaptivePolicy;
import org.specula.core.adaptive.AdaptiveVms;
import org.specula.core.assembly.VmOptions;
import org.specula.testplugin.ExampleSpecializer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * One way of assembling the VM that the whole corpus is run under. Every program must print
 * exactly the CPython golden output under every build: specialization may change speed, never
 * behaviour.
 *
 * @param name short name, shown in test names ({@code [eager] 042_x.py})
 * @param description what the build is, for the summary line
 * @param exercisesAdaptive true when the build is known to specialize (its specializers are
 *     fixed by the test), so the corpus run must show hits, specialized families and, under the
 *     eager policy, deopts
 * @param options the build choices, used when {@code assembly} is null
 * @param assembly a complete Guice assembly replacing {@code new VmModule(options)}, or null;
 *     a supplier because a Guice module is used once per VM
 */
record CorpusBuild(String name, String description, boolean exercisesAdaptive, VmOptions options,
                   Supplier<Module> assembly) {

    /** The builds every corpus program is run under, in order. Add a build here. */
    static List<CorpusBuild> all() {
        return List.of(
                options("generic", "--no-specialize: no specializer at all", VmOptions.DEFAULT.withSpecialize(false)),
                options("default", "the class path's specializers, default policy", VmOptions.DEFAULT),
                options("eager", "the class path's specializers, eager policy",
                        VmOptions.DEFAULT.withPolicy(AdaptivePolicy.EAGER)),
                exact("example", "test plugin ExampleSpecializer only, default policy", AdaptivePolicy.DEFAULT,
                        ExampleSpecializer::new),
                exact("example-eager", "test plugin ExampleSpecializer only, eager policy", AdaptivePolicy.EAGER,
                        ExampleSpecializer::new));
    }

    /** System property naming the builds to run (comma-separated); all builds when unset. */
    static final String SELECT_PROPERTY = "corpus.builds";

    /** The builds named by {@value #SELECT_PROPERTY}, or all of them when it is unset or blank. */
    static List<CorpusBuild> selected() {
        String names = System.getProperty(SELECT_PROPERTY, "").strip();
        if (names.isEmpty()) return all();
        List<CorpusBuild> out = new ArrayList<>();
        for (String n : names.split(",")) {
            String want = n.strip();
            CorpusBuild b = all().stream().filter(c -> c.name().equals(want)).findFirst().orElseThrow(() ->
                    new IllegalArgumentException("unknown corpus build '" + want + "' in -D" + SELECT_PROPERTY
                            + "; known: " + all()));
            out.add(b);
        }
        return List.copyOf(out);
    }

    /** A build assembled from options alone (class-path and plugin-path discovery). */
    static CorpusBuild options(String name, String description, VmOptions options) {
        return new CorpusBuild(name, description, false, options, null);
    }

    /** A build with exactly the given specializers (nothing discovered) and policy. */
    static CorpusBuild exact(String name, String description, AdaptivePolicy policy, Supplier<Specializer> specializer) {
        return new CorpusBuild(name, description, true, VmOptions.DEFAULT.withPolicy(policy),
                () -> AdaptiveVms.assembly(policy, List.of(specializer.get())));
    }

    /** A VM builder configured for this build (streams and argv are the caller's). */
    Vm.Builder builder() {
        Vm.Builder b = Vm.builder().options(options);
        if (assembly != null) b.assembly(assembly.get());
        return b;
    }

    /** True when the build runs with the eager policy (every site deopts at its first miss). */
    boolean eager() {
        return options.policy().equals(AdaptivePolicy.EAGER);
    }

    @Override
    public String toString() {
        return name;
    }
}
