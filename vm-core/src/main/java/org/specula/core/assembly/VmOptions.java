package org.specula.core.assembly;

import org.specula.core.adaptive.AdaptivePolicy;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * The build choices of a VM: whether to specialize at all, which specializers (all found, or a
 * named set), where to look for plugin jars, and the adaptive policy.
 *
 * @param specialize false for the generic VM ({@code --no-specialize}): no specializer is discovered (a
 *     custom assembly may still bind some explicitly)
 * @param only the ids to keep ({@code -X specializers=a,b}), or null for all
 * @param pluginPaths directories whose {@code *.jar} files are loaded as plugins ({@code --plugin-path})
 * @param policy warm-up, deopt and back-off settings
 */
public record VmOptions(boolean specialize, Set<String> only, List<Path> pluginPaths, AdaptivePolicy policy) {
    public static final VmOptions DEFAULT = new VmOptions(true, null, List.of(), AdaptivePolicy.DEFAULT);

    public VmOptions {
        only = only == null ? null : Set.copyOf(only);
        pluginPaths = List.copyOf(pluginPaths);
    }

    public VmOptions withSpecialize(boolean on) {
        return new VmOptions(on, only, pluginPaths, policy);
    }

    public VmOptions withOnly(Set<String> ids) {
        return new VmOptions(specialize, ids, pluginPaths, policy);
    }

    public VmOptions withPluginPath(Path dir) {
        List<Path> l = new java.util.ArrayList<>(pluginPaths);
        l.add(dir);
        return new VmOptions(specialize, only, l, policy);
    }

    public VmOptions withPolicy(AdaptivePolicy p) {
        return new VmOptions(specialize, only, pluginPaths, p);
    }
}
