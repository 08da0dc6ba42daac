package org.specula.core.runtime;

/** A closure cell; {@link #contents} is null while the variable is unbound. */
public final class PyCell {
    public Object contents;

    public PyCell() {}

    public PyCell(Object contents) {
        this.contents = contents;
    }
}
