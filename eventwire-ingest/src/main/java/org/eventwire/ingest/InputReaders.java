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
import java.util.zip.GZIPInputStream;

/**
 * The entry point: turns command-line inputs (files, folders, "-" for stdin) into one lazy
 * sequence of items. Folders are walked recursively in path order, taking the files whose
 * extension names a known format; a file named explicitly with an unknown extension, and stdin,
 * are recognised by their first bytes. Gzipped inputs (.gz, or gzip magic) are read through.
 */
public final class InputReaders {
    private static final int SNIFF_BYTES = 8192;

    private InputReaders() {
    }

    /** All items of all inputs, in order; inputs are opened one at a time as reading reaches them. */
    public static ArticleReader open(List<String> paths) {
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
                            .map(Path::toString).sorted().forEach(queue::add);
                } catch (IOException | UncheckedIOException e) {
                    upfront.add(InputItem.failed(p, "cannot list folder: " + PullReader.oneLine(e)));
                }
            } else {
                queue.add(p);
            }
        }
        return new Chain(upfront, queue);
    }

    /** Items of one stream; the name (a file name, or "-") gives its format when it has a known extension. */
    public static ArticleReader open(String name, InputStream in) {
        try {
            InputStream buffered = new BufferedInputStream(in, 1 << 16);
            Format byName = name.equals("-") ? null : Format.byName(name);
            if (byName == Format.WARC) {
                return new WarcArticleReader(name, buffered);
            }
            byte[] head = peek(buffered);
            if (Format.isGzip(head)) {
                buffered = new BufferedInputStream(new GZIPInputStream(buffered), 1 << 16);
                head = peek(buffered);
            }
            Format format = byName != null ? byName : Format.sniff(head);
            return switch (format) {
                case TEXT, HTML -> new SingleItemReader(name, buffered, format);
                case JSONL -> new JsonLinesReader(name, buffered);
                case CSV -> new CsvArticleReader(name, buffered);
                case FEED -> new FeedArticleReader(name, buffered);
                case WARC -> new WarcArticleReader(name, buffered);
            };
        } catch (IOException e) {
            closeQuietly(in);
            return single(InputItem.failed(name, "cannot read: " + PullReader.oneLine(e)));
        }
    }

    private static byte[] peek(InputStream in) throws IOException {
        in.mark(SNIFF_BYTES);
        byte[] head = in.readNBytes(SNIFF_BYTES);
        in.reset();
        return head;
    }

    private static ArticleReader open(String p) {
        if (p.equals("-")) {
            return open("-", System.in);
        }
        Path path = Path.of(p);
        if (!Files.exists(path)) {
            return single(InputItem.failed(p, "no such file"));
        }
        try {
            return open(p, Files.newInputStream(path));
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
        return new Chain(List.of(item), new ArrayDeque<>());
    }

    /** Reads the queued inputs one after the other. */
    private static final class Chain implements ArticleReader {
        private final Deque<InputItem> pending;
        private final Deque<String> inputs;
        private ArticleReader current;

        Chain(List<InputItem> upfront, Deque<String> inputs) {
            this.pending = new ArrayDeque<>(upfront);
            this.inputs = inputs;
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
                current = open(inputs.poll());
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
