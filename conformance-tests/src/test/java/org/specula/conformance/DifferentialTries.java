package org.specula.conformance;

import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * The number of programs the differential suites run: {@code -Dconformance.tries=N}, else a
 * default that keeps the conformance-tests run well under its 5-minute budget on 2 cores. As a
 * jqwik hook it sets a property's tries from the same setting (an annotation's tries must be a
 * constant).
 */
public final class DifferentialTries implements AroundPropertyHook {
    /** Programs per property or suite run unless {@code -Dconformance.tries} says otherwise. */
    public static final int DEFAULT = org.specula.conformance.kit.SpecializerConformance.DEFAULT_TRIES;

    /** The configured number of programs. */
    public static int tries() {
        String s = System.getProperty("conformance.tries");
        if (s == null || s.isBlank()) return DEFAULT;
        int n = Integer.parseInt(s.trim());
        if (n < 1) throw new IllegalArgumentException("conformance.tries must be at least 1, not " + n);
        return n;
    }

    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
        context.attributes().setTries(tries());
        return property.execute();
    }
}
