package org.specula.spec.iter;

import org.specula.conformance.kit.junit.SpecializerConformanceTest;

/**
 * The conformance kit run against this module's specializer (the one its
 * {@code META-INF/services} registers): alone under several policies, and with the other
 * plugins on the test class path. Quoted in docs/writing-a-specializer.md.
 */
class IterConformanceTest extends SpecializerConformanceTest {
}
