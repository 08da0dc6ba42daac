package org.specula.core.adaptive;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.util.Modules;
import org.specula.api.spi.Specializer;
import org.specula.core.Vm;
import org.specula.core.assembly.VmModule;
import org.specula.core.assembly.VmOptions;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Test helper: VMs built with given specializers and policy, and programs run on them. */
public final class AdaptiveVms {
    private AdaptiveVms() {}

    /** The outcome of one run. */
    public record Run(int status, String out, String err, Vm vm) {
        public AdaptiveStats.Snapshot stats() {
            return vm.stats();
        }
    }

    /** An assembly holding exactly the given specializers (the class path's are not loaded). */
    public static com.google.inject.Module assembly(AdaptivePolicy policy, List<Specializer> specializers) {
        return Modules.override(new VmModule(VmOptions.DEFAULT.withSpecialize(false).withPolicy(policy)))
                .with(new AbstractModule() {
                    @Override
                    protected void configure() {
                        Multibinder<Specializer> mb = Multibinder.newSetBinder(binder(), Specializer.class);
                        for (Specializer s : specializers) mb.addBinding().toInstance(s);
                    }
                });
    }

    /** Runs source on a fresh VM with exactly these specializers. */
    public static Run run(String source, AdaptivePolicy policy, Specializer... specializers) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8), e = new PrintStream(err, true, StandardCharsets.UTF_8);
        Vm vm = Vm.builder().stdout(o).stderr(e).assembly(assembly(policy, List.of(specializers))).build();
        int status = vm.runSource(source, "<test>");
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), vm);
    }
}
