package org.eventwire.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The file this process writes its standard output to, so that it is never read back as input:
 * {@code eventwire analyze news/ > news/out.jsonl} would otherwise read its own growing output
 * (as GNU grep refuses "input file is also the output"). Linux names stdout's file in
 * /proc/self/fd/1; elsewhere, or when stdout is a terminal or pipe, nothing matches.
 */
final class OwnOutput {
    static final OwnOutput STDOUT = new OwnOutput(Path.of("/proc/self/fd/1"));

    private final Path link;

    OwnOutput(Path link) {
        this.link = link;
    }

    /** True when {@code file} is the same file as this process's output. */
    boolean is(Path file) {
        try {
            return Files.exists(link) && Files.isRegularFile(link) && Files.isSameFile(link, file);
        } catch (IOException | SecurityException e) {
            return false; // no way to tell: read it
        }
    }
}
