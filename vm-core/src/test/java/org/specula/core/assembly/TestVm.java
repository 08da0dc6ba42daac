package org.specula.core.assembly;

import com.google.inject.Module;
import org.specula.core.Vm;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Test helper: a VM built with given options or assembly, its output captured from the start (assembly problems included). */
final class TestVm {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
    final Vm vm;

    private TestVm(VmOptions options, Module assembly) {
        Vm.Builder b = Vm.builder().stdout(new PrintStream(out, true, StandardCharsets.UTF_8))
                .stderr(new PrintStream(err, true, StandardCharsets.UTF_8));
        if (options != null) b.options(options);
        if (assembly != null) b.assembly(assembly);
        vm = b.build();
    }

    static TestVm of(VmOptions options) {
        return new TestVm(options, null);
    }

    static TestVm of(Module assembly) {
        return new TestVm(null, assembly);
    }

    /** Runs a program; returns its exit status. */
    int run(String source) {
        return vm.runSource(source, "<test>");
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
