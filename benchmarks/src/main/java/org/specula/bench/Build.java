package org.specula.bench;

/** The three builds a program is compared under. */
public enum Build {
    /** The reference: CPython 3.11 ({@code python3}). */
    CPYTHON("CPython"),
    /** Specula's generic interpreter ({@code --no-specialize}). */
    GENERIC("generic"),
    /** Specula as the {@code specula} command runs it: every built-in plugin. */
    DEFAULT("default");

    private final String label;

    Build(String label) {
        this.label = label;
    }

    /** The short name used in tables, JSON keys and the chart legend. */
    public String label() {
        return label;
    }

    /**
     * The JVM flags of the {@code ./specula} launcher; the harness starts Specula with exactly
     * these (a test checks that the launcher still uses them).
     */
    public static final java.util.List<String> LAUNCHER_JVM_FLAGS =
            java.util.List.of("-XX:+UseSerialGC", "-XX:-DontCompileHugeMethods", "-XX:-TieredCompilation", "-Xss8m");

    /** The launcher's flags that keep the class-data sharing archive silent (used with the archive). */
    public static final java.util.List<String> LAUNCHER_CDS_QUIET = java.util.List.of("-Xlog:cds*=off");
}
