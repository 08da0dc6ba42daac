package org.specula.conformance.kit;

import com.google.inject.AbstractModule;
import com.google.inject.Module;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.util.Modules;
import org.specula.api.spi.Specializer;
import org.specula.core.Vm;
import org.specula.core.adaptive.AdaptivePolicy;
import org.specula.core.assembly.VmModule;
import org.specula.core.assembly.VmOptions;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.Set;

/**
 * One way of assembling the VM that the conformance suites compare against the others: a name
 * (shown in reports and failure file names) and a recipe that makes a fresh {@link Vm} writing to
 * given streams. Every program runs on a VM of its own, so a run never depends on the ones before.
 *
 * <p>The factories cover the builds of the differential suites: {@link #generic()} (the
 * baseline, no specializer at all), {@link #classPath} (every specializer found on the class path
 * and in plugin directories), {@link #only} (one of them alone) and {@link #of} (exactly the given
 * specializer instances, e.g. a plugin under test in a plugin module's own tests), each with an
 * {@link AdaptivePolicy}. {@link Builds#standard} assembles the usual set.
 */
public final class Build {
    /** Makes a VM for one run. */
    @FunctionalInterface
    public interface VmFactory {
        /** A fresh VM writing to {@code out} and {@code err}, with {@code sys.argv} = {@code argv}. */
        Vm create(PrintStream out, PrintStream err, List<String> argv);
    }

    private final String name;
    private final String description;
    private final VmFactory factory;

    /**
     * A build from any recipe (e.g. a custom Guice assembly).
     *
     * @param name short, unique among the builds compared (it is part of failure file names)
     * @param description what the build is, for reports (e.g. its specializers and policy)
     * @param factory makes one VM per run
     */
    public Build(String name, String description, VmFactory factory) {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("a build needs a name");
        this.name = name;
        this.description = Objects.requireNonNull(description, "description");
        this.factory = Objects.requireNonNull(factory, "factory");
    }

    /** The build's name. */
    public String name() {
        return name;
    }

    /** What the build is: its specializers and policy. */
    public String description() {
        return description;
    }

    /** A fresh VM of this build. */
    public Vm newVm(PrintStream out, PrintStream err, List<String> argv) {
        return factory.create(out, err, argv);
    }

    @Override public String toString() {
        return name;
    }

    /** The generic VM ({@code --no-specialize}): no specializer is loaded. The baseline of every comparison. */
    public static Build generic() {
        return fromOptions("generic", "no specializers (--no-specialize)", VmOptions.DEFAULT.withSpecialize(false));
    }

    /**
     * Every specializer on the class path and in the given plugin directories (or jars), as
     * {@code specula --plugin-path ...} loads them, under {@code policy}.
     */
    public static Build classPath(String name, AdaptivePolicy policy, List<Path> pluginPaths) {
        return fromOptions(name, "all plugins, " + describe(policy), options(policy, pluginPaths));
    }

    /**
     * Every discovered specializer (as {@link #classPath}) plus the given extra instances, under
     * {@code policy}.
     */
    public static Build classPath(String name, AdaptivePolicy policy, List<Path> pluginPaths, List<Specializer> extra) {
        if (extra.isEmpty()) return classPath(name, policy, pluginPaths);
        List<Specializer> added = List.copyOf(extra);
        VmOptions options = options(policy, pluginPaths);
        String what = "all plugins and " + ids(added) + ", " + describe(policy);
        return new Build(name, what, (out, err, argv) -> Vm.builder().stdout(out).stderr(err).argv(argv)
                .assembly(withSpecializers(new VmModule(options), added)).build());
    }

    /**
     * The discovered specializer with this id alone ({@code -X specializers=ID}), under
     * {@code policy}; the build is named after the id.
     */
    public static Build only(String id, AdaptivePolicy policy, List<Path> pluginPaths) {
        return fromOptions(id, id + " alone, " + describe(policy), options(policy, pluginPaths).withOnly(Set.of(id)));
    }

    /**
     * Exactly the given specializer instances (nothing is discovered), under {@code policy}: how a
     * plugin module tests its own specializers without packaging them.
     */
    public static Build of(String name, AdaptivePolicy policy, List<Specializer> specializers) {
        List<Specializer> exact = List.copyOf(specializers);
        VmOptions options = VmOptions.DEFAULT.withSpecialize(false).withPolicy(policy);
        String what = ids(exact) + ", " + describe(policy);
        return new Build(name, what, (out, err, argv) -> Vm.builder().stdout(out).stderr(err).argv(argv)
                .assembly(withSpecializers(new VmModule(options), exact)).build());
    }

    /**
     * A random policy that stresses the adaptive machinery: short warm-ups, few misses before a
     * deopt and short back-offs are the most likely, but every value up to the defaults can come.
     */
    public static AdaptivePolicy randomPolicy(Random random) {
        int warmup = skewed(random, 16);
        int deoptAfter = skewed(random, 64);
        int backoff = skewed(random, 32);
        int cap = backoff + random.nextInt(Math.max(1, 4096 - backoff + 1));
        if (random.nextBoolean()) cap = backoff; // a fixed back-off half of the time
        // the compiled tier: off a quarter of the time, else soon (so short programs reach it)
        int compileAfter = random.nextInt(4) == 0 ? 0 : skewed(random, 64);
        return new AdaptivePolicy(warmup, deoptAfter, backoff, cap, compileAfter);
    }

    /** A value in [1, max], small ones more likely (each bit length equally likely). */
    private static int skewed(Random random, int max) {
        int bits = 32 - Integer.numberOfLeadingZeros(max);
        int bound = 1 << random.nextInt(bits);
        return Math.min(max, 1 + random.nextInt(bound));
    }

    /** The policy as the {@code -X} options that select it. */
    public static String describe(AdaptivePolicy p) {
        if (p.equals(AdaptivePolicy.DEFAULT)) return "default policy";
        if (p.equals(AdaptivePolicy.EAGER)) return "eager policy";
        return "warmup=" + p.warmup() + " deopt-after=" + p.deoptAfter() + " backoff=" + p.backoffStart()
                + " backoff-cap=" + p.backoffCap();
    }

    private static VmOptions options(AdaptivePolicy policy, List<Path> pluginPaths) {
        VmOptions o = VmOptions.DEFAULT.withPolicy(policy);
        for (Path p : pluginPaths) o = o.withPluginPath(p);
        return o;
    }

    private static Build fromOptions(String name, String description, VmOptions options) {
        return new Build(name, description,
                (out, err, argv) -> Vm.builder().stdout(out).stderr(err).argv(argv).options(options).build());
    }

    /** The core module with these specializer instances added to its multibinder. */
    static Module withSpecializers(Module core, List<Specializer> specializers) {
        return Modules.override(core).with(new AbstractModule() {
            @Override
            protected void configure() {
                Multibinder<Specializer> binder = Multibinder.newSetBinder(binder(), Specializer.class);
                for (Specializer s : specializers) binder.addBinding().toInstance(s);
            }
        });
    }

    private static String ids(List<Specializer> specializers) {
        StringBuilder sb = new StringBuilder();
        for (Specializer s : specializers) {
            if (sb.length() > 0) sb.append(", ");
            String id;
            try {
                id = s.id();
            } catch (RuntimeException e) {
                id = s.getClass().getName();
            }
            sb.append(id);
        }
        return sb.length() == 0 ? "no specializers" : sb.toString();
    }
}
