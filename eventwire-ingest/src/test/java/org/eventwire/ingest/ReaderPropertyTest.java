package org.eventwire.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * Properties of the JSON Lines and CSV readers: what a writer of the format wrote reads back
 * article for article, and any bytes at all give items (articles or errors) without an
 * exception and never more items than the input has lines.
 */
class ReaderPropertyTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final CsvMapper CSV = new CsvMapper();

    record Doc(String id, String title, String text) {
    }

    @Property
    void jsonLinesRoundTrip(@ForAll("docs") @Size(max = 8) List<Doc> docs) throws Exception {
        StringBuilder sb = new StringBuilder();
        for (Doc d : docs) {
            Map<String, String> o = new LinkedHashMap<>();
            o.put("id", d.id());
            o.put("title", d.title());
            o.put("text", d.text());
            sb.append(JSON.writeValueAsString(o)).append('\n');
        }
        List<InputItem> items = read("docs.jsonl", sb.toString().getBytes(StandardCharsets.UTF_8));
        assertEquals(docs.size(), items.size());
        for (int i = 0; i < docs.size(); i++) {
            assertSame(docs.get(i), items.get(i));
        }
    }

    @Property
    void csvRoundTrip(@ForAll("docs") @Size(max = 8) List<Doc> docs) throws Exception {
        CsvSchema schema = CsvSchema.builder().addColumn("id").addColumn("title").addColumn("text").build()
                .withHeader();
        List<Map<String, String>> rows = new ArrayList<>();
        for (Doc d : docs) {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("id", d.id());
            row.put("title", d.title());
            row.put("text", d.text());
            rows.add(row);
        }
        byte[] bytes = CSV.writer(schema).writeValueAsBytes(rows);
        List<InputItem> items = read("docs.csv", bytes);
        assertEquals(docs.size(), items.size(), new String(bytes, StandardCharsets.UTF_8));
        for (int i = 0; i < docs.size(); i++) {
            assertSame(docs.get(i), items.get(i));
        }
    }

    @Property
    void anyBytesAsJsonLinesGiveOneItemAtMostPerLine(@ForAll("noise") byte[] bytes) {
        List<InputItem> items = read("noise.jsonl", bytes);
        long lines = 1;
        for (byte b : bytes) {
            lines += b == '\n' ? 1 : 0;
        }
        assertTrue(items.size() <= lines, items.size() + " items from " + lines + " lines");
        items.forEach(ReaderPropertyTest::wellFormed);
    }

    @Property
    void anyBytesAsCsvGiveItemsOrOneErrorWithoutAnException(@ForAll("noise") byte[] bytes) {
        byte[] withHeader = ("id,text\n" + new String(bytes, StandardCharsets.ISO_8859_1))
                .getBytes(StandardCharsets.ISO_8859_1);
        read("noise.csv", withHeader).forEach(ReaderPropertyTest::wellFormed);
    }

    private static void assertSame(Doc d, InputItem item) {
        if (d.text().isBlank()) {
            assertEquals("empty text", item.error(), item.toString());
            return;
        }
        assertNotNull(item.article(), item.toString());
        assertEquals(d.text().strip(), item.article().text());
        if (!d.id().isBlank()) {
            assertEquals(d.id(), item.article().id());
        }
    }

    private static void wellFormed(InputItem item) {
        assertTrue(item.isError() != (item.article() != null), item.toString());
        assertNotNull(item.origin());
        if (item.isError()) {
            assertTrue(!item.error().isBlank() && item.error().indexOf('\n') < 0, item.error());
        } else {
            assertTrue(!item.article().text().isBlank());
        }
    }

    private static List<InputItem> read(String name, byte[] bytes) {
        List<InputItem> items = new ArrayList<>();
        try (ArticleReader r = InputReaders.open(name, new ByteArrayInputStream(bytes))) {
            r.forEachRemaining(items::add);
        }
        return items;
    }

    @Provide
    Arbitrary<List<Doc>> docs() {
        Arbitrary<String> id = Arbitraries.strings().alpha().numeric().withChars('-', '_').ofMaxLength(10);
        Arbitrary<String> text = Arbitraries.strings().withCharRange(' ', '\uD7FF')
                .withChars('\n', '\t', '\r', '"', ',', '\\', '\u00a0', '\uFFFD').ofMaxLength(300);
        return Combinators.combine(id, text, text).as(Doc::new).list();
    }

    @Provide
    Arbitrary<byte[]> noise() {
        Arbitrary<Byte> b = Arbitraries.oneOf(Arbitraries.bytes(),
                Arbitraries.of((byte) '\n', (byte) '{', (byte) '}', (byte) '"', (byte) ',', (byte) ':', (byte) 'a',
                        (byte) 0, (byte) 0xC3, (byte) 0xA9, (byte) '<', (byte) '>', (byte) '\\'));
        return b.array(byte[].class).ofMaxSize(400);
    }
}
