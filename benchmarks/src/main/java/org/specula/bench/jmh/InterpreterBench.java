package org.specula.bench.jmh;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.specula.core.interp.Interpreter;
import org.specula.core.runtime.PyFunction;

import java.util.concurrent.TimeUnit;

/**
 * The generic interpreter on small Python loops: each benchmark runs one call of a function
 * compiled once, doing {@code n} iterations; the score is time per call (divide by n for time per
 * iteration).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {"-XX:+UseSerialGC", "-XX:-DontCompileHugeMethods", "-Xss8m"})
public class InterpreterBench {
    private static final String SOURCE = String.join("\n",
            "def loop(n):",
            "    x = 0",
            "    for i in range(n):",
            "        x = x + i",
            "    return x",
            "",
            "def add(a, b):",
            "    return a + b",
            "",
            "def calls(n):",
            "    x = 0",
            "    for i in range(n):",
            "        x = add(x, i)",
            "    return x",
            "",
            "class Point:",
            "    def __init__(self, x, y):",
            "        self.x = x",
            "        self.y = y",
            "    def getx(self):",
            "        return self.x",
            "",
            "def attrs(n):",
            "    p = Point(0, 1)",
            "    for i in range(n):",
            "        p.x = p.y + i",
            "        p.y = p.x",
            "    return p.x",
            "",
            "def methods(n):",
            "    p = Point(0, 1)",
            "    s = 0",
            "    for i in range(n):",
            "        s = s + p.getx()",
            "    return s",
            "",
            "def floats(n):",
            "    x = 0.5",
            "    for i in range(n):",
            "        x = x * 1.0000001 + 0.25",
            "    return x",
            "");

    @Param({"10000"})
    public int n;

    private PythonState py;
    private PyFunction loop, calls, attrs, methods, floats;
    private Object[] args;

    @Setup
    public void setUp() {
        py = new PythonState(SOURCE);
        loop = py.function("loop");
        calls = py.function("calls");
        attrs = py.function("attrs");
        methods = py.function("methods");
        floats = py.function("floats");
        args = new Object[] {(long) n};
    }

    @TearDown
    public void tearDown() {
        py.close();
    }

    /** {@code for i in range(n): x = x + i}: dispatch, FOR_ITER, LOAD_FAST/STORE_FAST, int add. */
    @Benchmark
    public Object dispatchLoop() {
        return Interpreter.call(loop, args, null);
    }

    /** n Python-to-Python calls of a two-argument function (frame creation, argument binding). */
    @Benchmark
    public Object pythonCalls() {
        return Interpreter.call(calls, args, null);
    }

    /** Instance attribute loads and stores on a Python class's instance (2 loads, 2 stores per iteration). */
    @Benchmark
    public Object instanceAttributes() {
        return Interpreter.call(attrs, args, null);
    }

    /** n method calls {@code p.getx()} (LOAD_METHOD, then a Python call with self). */
    @Benchmark
    public Object methodCalls() {
        return Interpreter.call(methods, args, null);
    }

    /** Float multiply and add on locals. */
    @Benchmark
    public Object floatArithmetic() {
        return Interpreter.call(floats, args, null);
    }
}
