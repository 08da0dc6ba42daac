package org.specula.bench.jmh;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.specula.core.runtime.Ops;
import org.specula.core.runtime.PyDict;

import java.util.concurrent.TimeUnit;

/**
 * Generic operations called directly from Java: {@link Ops#binaryOp} on boxed ints and floats,
 * and {@link PyDict} get/set with str keys. Scores are nanoseconds per operation.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {"-XX:+UseSerialGC", "-XX:-DontCompileHugeMethods", "-Xss8m"})
public class GenericOpsBench {
    private static final int N = 64;
    /** CPython's NB_ADD, NB_MULTIPLY and NB_SUBTRACT. */
    private static final int ADD = 0, MUL = 5, SUB = 10;

    private final Object[] longs = new Object[N];
    private final Object[] doubles = new Object[N];
    private final String[] keys = new String[N];
    private PyDict dict;

    @Setup
    public void setUp() {
        dict = new PyDict();
        for (int i = 0; i < N; i++) {
            longs[i] = (long) (i * 1000 + 7);
            doubles[i] = i * 0.5 + 0.25;
            // fresh strings, as a program's computed keys would be (not the interned literals)
            keys[i] = new String("key" + i);
            dict.put(keys[i], (long) i);
        }
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public void binaryOpLong(Blackhole bh) {
        for (int i = 0; i < N; i++) {
            bh.consume(Ops.binaryOp(i % 3 == 0 ? ADD : i % 3 == 1 ? SUB : MUL, longs[i], longs[N - 1 - i]));
        }
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public void binaryOpDouble(Blackhole bh) {
        for (int i = 0; i < N; i++) {
            bh.consume(Ops.binaryOp(i % 3 == 0 ? ADD : i % 3 == 1 ? SUB : MUL, doubles[i], doubles[N - 1 - i]));
        }
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public void compareLong(Blackhole bh) {
        for (int i = 0; i < N; i++) bh.consume(Ops.compare(0, longs[i], longs[N - 1 - i]));
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public void dictGetStr(Blackhole bh) {
        for (int i = 0; i < N; i++) bh.consume(dict.getStr(keys[i]));
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public void dictGetObject(Blackhole bh) {
        for (int i = 0; i < N; i++) bh.consume(dict.get(keys[i]));
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public void dictSetStr() {
        for (int i = 0; i < N; i++) dict.put(keys[i], longs[i]);
    }
}
