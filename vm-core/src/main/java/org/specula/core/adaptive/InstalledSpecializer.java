package org.specula.core.adaptive;

import org.specula.api.spi.Family;
import org.specula.api.spi.Specializer;

import java.util.Set;

/**
 * A specializer as loaded into a VM: the plugin object, its index in the VM's list (for the
 * per-site disable bit), the families it serves and where it came from (a jar path, or
 * "class path").
 */
public record InstalledSpecializer(Specializer specializer, String id, Set<Family> families, int priority,
                                   String version, String origin, int index) {
}
