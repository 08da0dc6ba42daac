package org.specula.spec.iter;

import org.specula.api.spi.Family;
import org.specula.api.spi.ObjectModel;
import org.specula.api.spi.SiteContext;

import java.util.List;

/** A site seen by the specializer: a family, an oparg and one operand (all this module reads). */
record Site(Family family, int oparg, Object operand) implements SiteContext {
    @Override public String name() { return null; }

    @Override public int operandCount() { return 1; }

    @Override public Object operand(int i) {
        if (i != 0) throw new IndexOutOfBoundsException(i);
        return operand;
    }

    @Override public List<String> keywordNames() { return List.of(); }

    @Override public List<Object> constants() { return List.of(); }

    @Override public String codeName() { return "f"; }

    @Override public String filename() { return "test.py"; }

    @Override public int line() { return 1; }

    @Override public ObjectModel objectModel() { throw new UnsupportedOperationException("not needed by spec-iter"); }
}
