package org.specula.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

/**
 * A benchmark program: {@code NAME.py [full|tiny]} in the programs directory, whose output ends
 * with a {@code checksum: ...} line.
 */
public record Program(String name, Path file) {

    /**
     * The programs of a directory, sorted by name, optionally only those named in {@code only}
     * (empty: all). An unknown name in {@code only} is an error. A missing directory has none.
     */
    public static List<Program> discover(Path dir, Collection<String> only) {
        List<Program> all = new ArrayList<>();
        if (Files.isDirectory(dir)) {
            try (Stream<Path> files = Files.list(dir)) {
                files.filter(f -> f.getFileName().toString().endsWith(".py") && Files.isRegularFile(f))
                        .sorted()
                        .forEach(f -> {
                            String n = f.getFileName().toString();
                            all.add(new Program(n.substring(0, n.length() - 3), f));
                        });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (only.isEmpty()) return all;
        List<Program> chosen = new ArrayList<>();
        for (String name : only) {
            Program p = all.stream().filter(x -> x.name().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no benchmark program named " + name + " in " + dir));
            chosen.add(p);
        }
        return chosen;
    }
}
