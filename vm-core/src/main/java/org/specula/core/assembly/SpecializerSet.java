package org.specula.core.assembly;

import org.specula.core.adaptive.AdaptivePolicy;
import org.specula.core.adaptive.InstalledSpecializer;

import java.util.List;

/**
 * The outcome of assembly: the specializers a VM uses (checked, in load order), its adaptive
 * policy, and the one-line problems met on the way.
 */
public record SpecializerSet(List<InstalledSpecializer> specializers, AdaptivePolicy policy, List<String> problems) {
    public SpecializerSet {
        specializers = List.copyOf(specializers);
        problems = List.copyOf(problems);
    }
}
