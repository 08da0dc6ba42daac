package org.specula.conformance;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;
import org.specula.conformance.kit.Build;
import org.specula.conformance.kit.Choices;
import org.specula.conformance.kit.Outcome;
import org.specula.conformance.kit.ProgramRunner;
import org.specula.conformance.kit.SpecializerConformance;
import org.specula.conformance.kit.cpython.CPython;
import org.specula.conformance.kit.cpython.OutcomeNormaliser;
import org.specula.conformance.kit.gen.ProgramGenerator;

/**
 * Generated programs against CPython itself: for any seed, the generic Specula VM and
 * {@code python3} (3.11 or newer) give the same stdout, the same last stderr line (the exception
 * type and message of an uncaught error; CPython's tracebacks name its own file and show source
 * lines) and the same exit status. When no suitable {@code python3} is found the property is
 * reported SKIPPED with the reason (set {@code -Dspecula.python=PATH} to choose one).
 *
 * <p>Tries: a fifth of {@code -Dconformance.tries} (CPython runs in a separate process).
 */
@AddLifecycleHook(CPythonPropertyTest.NeedsCPython.class)
class CPythonPropertyTest {
    private static final ProgramGenerator GENERATOR = new ProgramGenerator();
    private static final ProgramRunner RUNNER = new ProgramRunner();
    private static CPython python;

    /** Skips the property, visibly and with the reason, when python3 >= 3.11 is not available. */
    public static final class NeedsCPython implements SkipExecutionHook {
        @Override
        public SkipResult shouldBeSkipped(LifecycleContext context) {
            CPython.Availability a = CPython.probe();
            return a.available() ? SkipResult.doNotSkip()
                    : SkipResult.skip("no CPython to compare with: " + a.reason());
        }
    }

    private static synchronized CPython python() {
        if (python == null) {
            python = CPython.start();
            Runtime.getRuntime().addShutdownHook(new Thread(python::close));
        }
        return python;
    }

    @Property(shrinking = ShrinkingMode.OFF)
    @AddLifecycleHook(Tries.class)
    void speculaAgreesWithCPython(@ForAll long seed) {
        String program = GENERATOR.generate(Choices.random(SpecializerConformance.programSeed(seed, 0)));
        Outcome specula = RUNNER.run(Build.generic(), program);
        CPython.Outcome cpython = python().run(program);
        OutcomeNormaliser.Normalised mine = OutcomeNormaliser.normalise(specula.stdout(), specula.stderr(), specula.status());
        OutcomeNormaliser.Normalised theirs = cpython.normalised();
        if (!mine.equals(theirs)) {
            throw new AssertionError("Specula and CPython " + python().version() + " disagree (seed " + seed + ").\n"
                    + "--- program ---\n" + program + "\n--- CPython ---\n" + theirs.describe()
                    + "\n--- Specula ---\n" + mine.describe());
        }
    }

    /** A fifth of the configured tries, at least 20. */
    public static final class Tries implements net.jqwik.api.lifecycle.AroundPropertyHook {
        @Override
        public net.jqwik.api.lifecycle.PropertyExecutionResult aroundProperty(
                net.jqwik.api.lifecycle.PropertyLifecycleContext context, net.jqwik.api.lifecycle.PropertyExecutor property) {
            context.attributes().setTries(Math.max(20, DifferentialTries.tries() / 5));
            return property.execute();
        }
    }
}
