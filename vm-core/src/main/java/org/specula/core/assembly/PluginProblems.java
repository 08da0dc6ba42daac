package org.specula.core.assembly;

import java.util.ArrayList;
import java.util.List;

/**
 * The one-line errors met while assembling a VM (a plugin jar that does not load, a duplicate id,
 * an incompatible SPI version, an unknown name in {@code -X specializers}). The VM starts without
 * the offending plugin and prints these on stderr.
 */
public final class PluginProblems {
    private final List<String> messages = new ArrayList<>();

    synchronized void add(String message) {
        messages.add(message);
    }

    /** The messages, in the order they were found. */
    public synchronized List<String> messages() {
        return List.copyOf(messages);
    }
}
