package org.specula.core.adaptive.testspecs;

import org.specula.api.spi.Family;
import org.specula.api.spi.SiteContext;
import org.specula.api.spi.Specialization;
import org.specula.api.spi.Specializer;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A test specializer whose answer is a given function of the site: it records every site it was
 * asked about (line and first operand), so tests can check exactly when and where it was asked.
 */
public final class Scripted implements Specializer {
    /** One question the VM asked: where, and the first operand's Java class. */
    public record Ask(int line, String codeName, Class<?> operand0) {}

    private final String id;
    private final Set<Family> families;
    private final int priority;
    private final Function<SiteContext, Specialization> body;
    private final List<Ask> asks = new CopyOnWriteArrayList<>();

    public Scripted(String id, int priority, Function<SiteContext, Specialization> body, Family first, Family... rest) {
        this.id = id;
        this.families = EnumSet.of(first, rest);
        this.priority = priority;
        this.body = body;
    }

    /** Declines every site of the families with the given reason. */
    public static Scripted declining(String id, String reason, Family first, Family... rest) {
        return new Scripted(id, 0, s -> Specialization.fail(reason), first, rest);
    }

    @Override public String id() { return id; }

    @Override public Set<Family> families() { return families; }

    @Override public int priority() { return priority; }

    @Override public int spiVersion() { return SPI_VERSION; }

    @Override
    public Specialization specialize(SiteContext site) {
        asks.add(new Ask(site.line(), site.codeName(), site.operandCount() == 0 || site.operand(0) == null
                ? null : site.operand(0).getClass()));
        return body.apply(site);
    }

    /** Every question so far, in order. */
    public List<Ask> asks() {
        return List.copyOf(asks);
    }

    /** The number of questions about sites on the given line. */
    public long asksAt(int line) {
        return asks.stream().filter(a -> a.line() == line).count();
    }
}
