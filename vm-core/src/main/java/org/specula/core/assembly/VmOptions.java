package org.specula.core.assembly;

import org.specula.core.adaptive.AdaptivePolicy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The build choices of a VM: whether to specialize at all, which specializers (all found, or a
 * named set), where to look for plugin jars, and the adaptive policy.
 *
 * @param specialize false for the generic VM ({@code --no-specialize}): no specializer is discovered (a
 *     custom assembly may still bind some explicitly)
 * @param only the ids to keep ({@code -X specializers=a,b}), or null for all
 * @param pluginPaths directories whose {@code *.jar} files are loaded as plugins, or single jars
 *     ({@code --plugin-path}), in order; repeats are dropped
 * @param policy warm-up, deopt and back-off settings
 */
public record VmOptions(boolean specialize, Set<String> only, List<Path> pluginPaths, AdaptivePolicy policy) {
    /** All plugins found on the class path, no plugin directory, the default policy. */
    public static final VmOptions DEFAULT = new VmOptions(true, null, List.of(), AdaptivePolicy.DEFAULT);

    /** Copies the collections; a plugin path given twice (same absolute path) is kept once. */
    public VmOptions {
        only = only == null ? null : Set.copyOf(only);
        // a directory given twice is loaded once (else each of its plugins would be its own duplicate)
        List<Path> distinct = new ArrayList<>();
        Set<Path> seen = new java.util.HashSet<>();
        for (Path p : pluginPaths) if (seen.add(p.toAbsolutePath().normalize())) distinct.add(p);
        pluginPaths = List.copyOf(distinct);
    }

    /** The generic VM when false: nothing is discovered. */
    public VmOptions withSpecialize(boolean on) {
        return new VmOptions(on, only, pluginPaths, policy);
    }

    /** Keeps only the specializers with these ids (null: all); an id that is not found is a problem. */
    public VmOptions withOnly(Set<String> ids) {
        return new VmOptions(specialize, ids, pluginPaths, policy);
    }

    /** Adds a plugin directory (or a single jar) after those already given; one given twice is loaded once. */
    public VmOptions withPluginPath(Path dir) {
        List<Path> l = new ArrayList<>(pluginPaths);
        l.add(dir);
        return new VmOptions(specialize, only, l, policy);
    }

    /** These options with another adaptive policy. */
    public VmOptions withPolicy(AdaptivePolicy p) {
        return new VmOptions(specialize, only, pluginPaths, p);
    }
}
