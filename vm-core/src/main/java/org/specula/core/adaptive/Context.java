package org.specula.core.adaptive;

import org.specula.api.spi.Family;
import org.specula.api.spi.ObjectModel;
import org.specula.api.spi.SiteContext;
import org.specula.core.code.AdaptiveSite;
import org.specula.core.code.CodeObject;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/** The {@link SiteContext} handed to specializers during one attempt. */
final class Context implements SiteContext {
    private final CodeObject code;
    private final AdaptiveSite site;
    private final int arg;
    private final String[] kwnames;
    private final Object[] operands;

    Context(CodeObject code, AdaptiveSite site, int arg, String[] kwnames, Object[] operands) {
        this.code = code;
        this.site = site;
        this.arg = arg;
        this.kwnames = kwnames;
        this.operands = operands;
    }

    @Override
    public Family family() {
        return Family.values()[site.family];
    }

    @Override
    public int oparg() {
        return arg;
    }

    @Override
    public String name() {
        switch (family()) {
            case LOAD_ATTR:
            case STORE_ATTR:
            case LOAD_METHOD:
                return code.names[arg];
            case LOAD_GLOBAL:
                return code.names[arg >>> 1];
            default:
                return null;
        }
    }

    @Override
    public int operandCount() {
        return operands.length;
    }

    @Override
    public Object operand(int i) {
        return operands[i];
    }

    @Override
    public List<String> keywordNames() {
        return kwnames == null ? List.of() : List.of(kwnames);
    }

    @Override
    public List<Object> constants() {
        return Collections.unmodifiableList(Arrays.asList(code.consts));
    }

    @Override
    public String codeName() {
        return code.qualname;
    }

    @Override
    public String filename() {
        return code.filename;
    }

    @Override
    public int line() {
        return code.lineOf(site.index);
    }

    @Override
    public ObjectModel objectModel() {
        return CoreObjectModel.INSTANCE;
    }

    @Override
    public String toString() {
        return family() + " at " + code.filename + ":" + line() + " in " + code.qualname;
    }
}
