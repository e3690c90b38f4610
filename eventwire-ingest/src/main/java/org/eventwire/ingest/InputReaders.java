package org.eventwire.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;

/**
 * The entry point: turns command-line inputs (files, folders, "-" for stdin) into one lazy
 * sequence of items. Folders are walked recursively in path order, taking the files whose
 * extension names a known format; a file named explicitly with an unknown extension, and stdin,
 * are recognised by their first bytes. Gzipped inputs (.gz, or gzip magic) are read through,
 * refusing decompression bombs ({@link InflateGuard}). Every item is read on a clock with the
 * given per-item budget ({@link ItemTimer}).
 */
public final class InputReaders {
    private static final int SNIFF_BYTES = 8192;
    /** The per-item budget when the caller names none (the CLI's default --budget). */
    public static final long DEFAULT_BUDGET_MILLIS = 120_000;

    private InputReaders() {
    }

    /** All items of all inputs, in order; inputs are opened one at a time as reading reaches them. */
    public static ArticleReader open(List<String> paths) {
        return open(paths, DEFAULT_BUDGET_MILLIS);
    }

    /** As {@link #open(List)}, each item read within {@code budgetMillis} (0: no time limit). */
    public static ArticleReader open(List<String> paths, long budgetMillis) {
        return open(paths, budgetMillis, OwnOutput.STDOUT);
    }

    /** As {@link #open(List, long)}; a folder's file that is {@code output} is left out, a named one fails. */
    static ArticleReader open(List<String> paths, long budgetMillis, OwnOutput output) {
        Deque<String> queue = new ArrayDeque<>();
        List<InputItem> upfront = new ArrayList<>();
        for (String p : paths) {
            if (p.equals("-")) {
                queue.add(p);
                continue;
            }
            Path path = Path.of(p);
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile)
                            .filter(f -> !f.getFileName().toString().startsWith("."))
                            .filter(f -> Format.byName(f.getFileName().toString()) != null)
                            .filter(f -> !output.is(f)) // "analyze dir/ > dir/out.jsonl"
                            .map(Path::toString).sorted().forEach(queue::add);
                } catch (IOException | UncheckedIOException e) {
                    upfront.add(InputItem.failed(p, "cannot list folder: " + PullReader.oneLine(e)));
                }
            } else if (output.is(path)) {
                upfront.add(InputItem.failed(p, "is this run's own output (stdout); not read"));
            } else {
                queue.add(p);
            }
        }
        return new Chain(upfront, queue, budgetMillis);
    }

    /** Items of one stream; the name (a file name, or "-") gives its format when it has a known extension. */
    public static ArticleReader open(String name, InputStream in) {
        return open(name, in, DEFAULT_BUDGET_MILLIS);
    }

    /** As {@link #open(String, InputStream)}, each item read within {@code budgetMillis} (0: no limit). */
    public static ArticleReader open(String name, InputStream in, long budgetMillis) {
        ItemTimer timer = new ItemTimer(budgetMillis);
        TimedInputStream timed = new TimedInputStream(in, timer);
        try {
            InputStream buffered = new BufferedInputStream(timed, 1 << 16);
            Format byName = name.equals("-") ? null : Format.byName(name);
            if (byName == Format.WARC) {
                timed.step(Format.WARC.step());
                return new WarcArticleReader(name, buffered, timer);
            }
            byte[] head = peek(buffered);
            if (Format.isGzip(head)) {
                buffered = new BufferedInputStream(InflateGuard.gunzip(buffered), 1 << 16);
                head = peek(buffered);
            }
            Format format = byName != null ? byName : Format.sniff(head);
            timed.step(format.step());
            return switch (format) {
                case TEXT, HTML -> new SingleItemReader(name, buffered, format, timer);
                case JSONL -> new JsonLinesReader(name, buffered, timer);
                case CSV -> new CsvArticleReader(name, buffered, timer);
                case FEED -> new FeedArticleReader(name, buffered, timer);
                case WARC -> new WarcArticleReader(name, buffered, timer);
            };
        } catch (IOException e) {
            closeQuietly(in);
            return single(InputItem.failed(name, PullReader.reason("cannot read: ", e)));
        }
    }

    private static byte[] peek(InputStream in) throws IOException {
        in.mark(SNIFF_BYTES);
        byte[] head = in.readNBytes(SNIFF_BYTES);
        in.reset();
        return head;
    }

    private static ArticleReader open(String p, long budgetMillis) {
        if (p.equals("-")) {
            return open("-", System.in, budgetMillis);
        }
        Path path = Path.of(p);
        if (!Files.exists(path)) {
            return single(InputItem.failed(p, "no such file"));
        }
        try {
            return open(p, Files.newInputStream(path), budgetMillis);
        } catch (IOException e) {
            return single(InputItem.failed(p, "cannot open: " + PullReader.oneLine(e)));
        }
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // already failing: the first error is the one reported
        }
    }

    static ArticleReader single(InputItem item) {
        return new Chain(List.of(item), new ArrayDeque<>(), 0);
    }

    /** Reads the queued inputs one after the other. */
    private static final class Chain implements ArticleReader {
        private final Deque<InputItem> pending;
        private final Deque<String> inputs;
        private final long budgetMillis;
        private ArticleReader current;

        Chain(List<InputItem> upfront, Deque<String> inputs, long budgetMillis) {
            this.pending = new ArrayDeque<>(upfront);
            this.inputs = inputs;
            this.budgetMillis = budgetMillis;
        }

        @Override
        public boolean hasNext() {
            while (pending.isEmpty()) {
                if (current != null && current.hasNext()) {
                    return true;
                }
                if (current != null) {
                    current.close();
                    current = null;
                }
                if (inputs.isEmpty()) {
                    return false;
                }
                current = open(inputs.poll(), budgetMillis);
            }
            return true;
        }

        @Override
        public InputItem next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return pending.isEmpty() ? current.next() : pending.poll();
        }

        @Override
        public void close() {
            if (current != null) {
                current.close();
            }
            inputs.clear();
        }
    }
}
