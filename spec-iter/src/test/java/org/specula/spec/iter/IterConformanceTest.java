package org.specula.spec.iter;

import org.specula.conformance.kit.junit.SpecializerConformanceTest;

/**
 * The conformance kit run against this module's specializers (those its
 * {@code META-INF/services} registers): alone, and with the other plugins on the test class
 * path. Until the module has specializers the checks report themselves skipped.
 */
class IterConformanceTest extends SpecializerConformanceTest {
}
