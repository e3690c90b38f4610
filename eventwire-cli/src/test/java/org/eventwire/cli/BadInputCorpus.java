package org.eventwire.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Writes a corpus of broken and hostile inputs, with good articles among them, and the
 * status (and error prefix) each record of `analyze` must have, in output order.
 */
final class BadInputCorpus {
    /** One expected output record: its status and, for failures, how its error begins. */
    record Expected(String status, String errorStart) {
        static Expected ok() {
            return new Expected("ok", null);
        }

        static Expected failed(String errorStart) {
            return new Expected("failed", errorStart);
        }
    }

    final List<Path> files = new ArrayList<>();
    final List<Expected> expected = new ArrayList<>();

    private BadInputCorpus() {
    }

    private static String article(String place, String who, String what) {
        return place + " (Eventwire Wire) - " + who + " said on Tuesday that " + what + ", and that the work would"
                + " be finished before the end of the year. Officials in the city welcomed the decision and said"
                + " they had been waiting for it since the spring.";
    }

    static BadInputCorpus write(Path dir) throws IOException {
        BadInputCorpus c = new BadInputCorpus();
        c.add(Files.writeString(dir.resolve("01-good.txt"), article("NAIROBI", "Kenya's transport minister",
                "the new railway bridge over the river would open in March")), Expected.ok());

        String nested = "<div>".repeat(100_000) + article("LIMA", "Peru's health minister",
                "three clinics would be built in the mountains") + "</div>".repeat(100_000);
        c.add(Files.writeString(dir.resolve("02-nested.html"), nested), Expected.ok());

        Path bomb = dir.resolve("03-bomb.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(bomb), 1 << 16)) {
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 40; i++) {
                out.write(zeros);
            }
        }
        c.add(bomb, Expected.failed("decoding: gzip data expands"));

        c.add(Files.writeString(dir.resolve("04-laughs.rss"), billionLaughs()), Expected.failed("malformed feed"));

        byte[] gz = gzip(article("OSLO", "Norway's energy minister", "two wind farms would be built at sea")
                .getBytes(StandardCharsets.UTF_8));
        c.add(Files.write(dir.resolve("05-truncated.txt.gz"), Arrays.copyOf(gz, gz.length / 2)),
                Expected.failed("cannot read"));

        c.add(truncatedWarc(dir.resolve("06-truncated.warc.gz")), Expected.ok());
        c.expected.add(Expected.failed("truncated or corrupt WARC record"));

        byte[] latin = article("QUITO", "Ecuador's finance minister", "the caf\u00e9 tax would be cut")
                .getBytes(StandardCharsets.ISO_8859_1);
        c.add(Files.write(dir.resolve("07-invalid-utf8.txt"), latin), Expected.ok());

        String huge = "{\"id\":\"huge\",\"text\":\"" + "word ".repeat(4_200_000) + "\"}\n";
        String next = "{\"id\":\"after-huge\",\"text\":\"" + article("HANOI", "Vietnam's trade minister",
                "rice exports would rise this year") + "\"}\n";
        c.add(Files.writeString(dir.resolve("08-long-line.jsonl"), huge + next), Expected.failed("line too large"));
        c.expected.add(Expected.ok());

        byte[] nul = (article("TUNIS", "Tunisia's water minister", "the dam would be repaired") + "\0\0\0")
                .getBytes(StandardCharsets.UTF_8);
        c.add(Files.write(dir.resolve("09-nul.txt"), nul), Expected.failed("binary data"));

        ByteArrayOutputStream mixed = new ByteArrayOutputStream();
        mixed.write(("{\"id\":\"utf8\",\"text\":\"" + article("LISBON", "Portugal's culture minister",
                "the caf\u00e9 museum would reopen") + "\"}\n").getBytes(StandardCharsets.UTF_8));
        mixed.write(("{\"id\":\"latin1\",\"text\":\"" + article("MONTREAL", "the city's housing director",
                "the Fran\u00e7ois street homes would be rebuilt") + "\"}\n").getBytes(StandardCharsets.ISO_8859_1));
        c.add(Files.write(dir.resolve("10-mixed-encodings.jsonl"), mixed.toByteArray()), Expected.ok());
        c.expected.add(Expected.ok());
        return c;
    }

    /** Articles the corpus holds: the ok records. */
    long good() {
        return expected.stream().filter(e -> e.status().equals("ok")).count();
    }

    List<String> paths() {
        return files.stream().map(Path::toString).toList();
    }

    private void add(Path file, Expected first) {
        files.add(file);
        expected.add(first);
    }

    private static String billionLaughs() {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n<!ENTITY lol0 \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            sb.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10))
                    .append("\">\n");
        }
        return sb.append("]>\n<rss version=\"2.0\"><channel><title>&lol9;</title><item><title>x</title>"
                + "<description>&lol9;</description></item></channel></rss>\n").toString();
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    /** A gzipped WARC whose second page record is cut in half, as a crawl killed mid-write leaves it. */
    private static Path truncatedWarc(Path path) throws IOException {
        long firstEnd;
        try (FileChannel ch = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             WarcWriter w = new WarcWriter(ch, WarcCompression.GZIP)) {
            w.write(page("https://example.org/harbour", article("VALPARAISO", "Chile's port authority",
                    "the harbour would be dredged in April")));
            firstEnd = ch.position();
            w.write(page("https://example.org/schools", article("DAKAR", "Senegal's education minister",
                    "two hundred schools would get solar panels")));
        }
        byte[] all = Files.readAllBytes(path);
        return Files.write(path, Arrays.copyOf(all, (int) (firstEnd + (all.length - firstEnd) / 2)));
    }

    private static WarcResponse page(String url, String text) throws IOException {
        String html = "<html><head><title>News</title></head><body><article><p>" + text + "</p></article></body></html>";
        HttpResponse http = new HttpResponse.Builder(200, "OK")
                .body(MediaType.HTML_UTF8, html.getBytes(StandardCharsets.UTF_8)).build();
        return new WarcResponse.Builder(URI.create(url)).date(Instant.parse("2024-03-09T10:00:00Z")).body(http).build();
    }
}
