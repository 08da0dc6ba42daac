package org.specula.conformance.kit;

import org.specula.api.spi.Specializer;
import org.specula.core.Vm;
import org.specula.core.adaptive.AdaptivePolicy;
import org.specula.core.adaptive.InstalledSpecializer;
import org.specula.core.assembly.VmOptions;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** The sets of builds the differential suites compare. */
public final class Builds {
    private Builds() {}

    /**
     * The builds of issue 4, the {@linkplain Build#generic() generic} baseline first:
     *
     * <ol>
     *   <li>{@code generic}: no specializer;</li>
     *   <li>{@code all}: every discovered plugin (class path and {@code pluginPaths}) plus
     *       {@code extra}, default policy;</li>
     *   <li>one build per plugin alone, named after its id, default policy (only when there are
     *       at least two plugins: with one, it is the {@code all} build);</li>
     *   <li>{@code eager}: all of them, warm-up 1, deopt after 1 miss, back-off 1;</li>
     *   <li>{@code random}: all of them under a {@linkplain Build#randomPolicy random policy}
     *       drawn from {@code random} (its values are in the build's description).</li>
     * </ol>
     *
     * @param pluginPaths plugin directories or jars, as {@code --plugin-path}
     * @param extra specializer instances added to every specialized build (e.g. a plugin under
     *     test that is not packaged as a jar)
     * @param random draws the random policy
     */
    public static List<Build> standard(List<Path> pluginPaths, List<Specializer> extra, Random random) {
        List<Build> builds = new ArrayList<>();
        builds.add(Build.generic());
        builds.add(Build.classPath("all", AdaptivePolicy.DEFAULT, pluginPaths, extra));
        List<String> discovered = discoveredIds(pluginPaths);
        if (discovered.size() + extra.size() >= 2) {
            for (String id : discovered) builds.add(Build.only(id, AdaptivePolicy.DEFAULT, pluginPaths));
            for (Specializer s : extra) builds.add(Build.of(s.id(), AdaptivePolicy.DEFAULT, List.of(s)));
        }
        builds.add(Build.classPath("eager", AdaptivePolicy.EAGER, pluginPaths, extra));
        builds.add(Build.classPath("random", Build.randomPolicy(random), pluginPaths, extra));
        return builds;
    }

    /** The ids of the specializers found on the class path and in the plugin paths, in load order. */
    public static List<String> discoveredIds(List<Path> pluginPaths) {
        VmOptions options = VmOptions.DEFAULT;
        for (Path p : pluginPaths) options = options.withPluginPath(p);
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        Vm vm = Vm.builder().stdout(quiet).stderr(quiet).options(options).build();
        List<String> ids = new ArrayList<>();
        for (InstalledSpecializer s : vm.specializers()) ids.add(s.id());
        return ids;
    }
}
