/** Specula's benchmarks: the side-by-side harness and JMH microbenchmarks. */
package org.specula.bench;
