package org.specula.testplugin.doc;

import com.google.inject.AbstractModule;
import com.google.inject.Module;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.util.Modules;
import org.specula.api.spi.Specializer;
import org.specula.core.Vm;
import org.specula.core.adaptive.AdaptivePolicy;
import org.specula.core.assembly.VmModule;
import org.specula.core.assembly.VmOptions;

import java.io.PrintStream;

/** The custom Java assembly of docs/writing-a-specializer.md. */
public final class DocAssembly {
    private DocAssembly() {}

    /** A VM with the usual plugins plus {@link DocSpecializer}, under the eager policy. */
    public static Vm build(PrintStream out, PrintStream err) {
        VmOptions options = VmOptions.DEFAULT.withPolicy(AdaptivePolicy.EAGER);
        Module assembly = Modules.override(new VmModule(options)).with(new AbstractModule() {
            @Override
            protected void configure() {
                Multibinder.newSetBinder(binder(), Specializer.class).addBinding().to(DocSpecializer.class);
            }
        });
        return Vm.builder().stdout(out).stderr(err).assembly(assembly).build();
    }
}
