package org.eventwire.ingest;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * CSV with a header row. Columns are matched by name, case-insensitively: id, text (or body,
 * content), html, date (or published), title, url (or link), source. The Wikinews corpus
 * (url,date,title,text) maps directly. A row without text is an error for that row; a row that
 * breaks the CSV syntax ends the file, since what follows can no longer be split reliably.
 */
final class CsvArticleReader extends PullReader {
    private static final CsvMapper CSV = new CsvMapper();
    private final Reader reader;
    private final String stem;
    private MappingIterator<Map<String, String>> rows;
    private int rowNo;

    CsvArticleReader(String origin, InputStream in, ItemTimer timer) {
        this(origin, new InputStreamReader(in, StandardCharsets.UTF_8), timer);
    }

    private CsvArticleReader(String origin, Reader reader, ItemTimer timer) {
        super(origin, reader, timer);
        this.reader = reader;
        this.stem = origin.equals("-") ? "stdin" : Articles.stem(origin);
    }

    @Override
    protected InputItem pull() throws Exception {
        if (rows == null) {
            CsvSchema schema = CsvSchema.emptySchema().withHeader();
            rows = CSV.readerFor(Map.class).with(schema).with(CsvParser.Feature.SKIP_EMPTY_LINES)
                    .readValues(reader);
        }
        if (!rows.hasNextValue()) {
            return null;
        }
        Map<String, String> raw = rows.nextValue();
        rowNo++;
        Map<String, String> row = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        raw.forEach((k, v) -> row.put(k.strip(), v));
        String where = origin() + ":row " + rowNo;
        String id = first(row, "id");
        if (id == null) {
            id = stem + "-" + rowNo;
        }
        String rawDate = first(row, "date", "published", "pubdate");
        String date = Dates.normalize(rawDate);
        String warning = rawDate != null && date == null ? "unreadable date \"" + rawDate + "\" ignored" : null;
        String text = first(row, "text", "body", "content");
        String url = first(row, "url", "link");
        if (text == null && first(row, "html") != null) {
            return Articles.fromHtml(where, id, row.get("html"), url, date, first(row, "title"),
                    first(row, "source"), warning, timer());
        }
        if (text != null && text.indexOf('\uFFFD') >= 0) {
            warning = warning == null ? "invalid UTF-8 replaced with U+FFFD" : warning + "; invalid UTF-8 replaced";
        }
        return Articles.fromText(where, id, text, date, first(row, "title"), url, first(row, "source"), warning);
    }

    private static String first(Map<String, String> row, String... names) {
        for (String n : names) {
            String v = row.get(n.toLowerCase(Locale.ROOT));
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

}
