package org.eventwire.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * JSON Lines: one object per line with id, text (or html, with url), date and optional title,
 * url, source. A bad line is an error for that line only; the next line is read as usual.
 */
final class JsonLinesReader extends PullReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final InputStream in;
    private final String stem;
    private int lineNo;

    JsonLinesReader(String origin, InputStream in, ItemTimer timer) {
        super(origin, in, timer);
        this.in = in;
        this.stem = origin.equals("-") ? "stdin" : Articles.stem(origin);
    }

    @Override
    protected InputItem pull() throws IOException {
        while (true) {
            Line line = readLine();
            if (line == null) {
                return null;
            }
            lineNo++;
            String where = origin() + ":" + lineNo;
            if (line.tooLong) {
                return InputItem.failed(where, Limits.tooLarge("line", Limits.MAX_HTML_BYTES, "bytes"));
            }
            TextDecoding.Decoded d = TextDecoding.decode(line.bytes);
            if ("empty input".equals(d.error()) || d.text() != null && d.text().isBlank()) {
                continue;
            }
            if (d.error() != null) {
                return InputItem.failed(where, d.error());
            }
            return item(where, d);
        }
    }

    private InputItem item(String where, TextDecoding.Decoded d) {
        JsonNode o;
        try {
            o = JSON.readTree(d.text());
        } catch (JsonProcessingException e) {
            return InputItem.failed(where, "invalid JSON: " + e.getOriginalMessage());
        }
        if (o == null || !o.isObject()) {
            return InputItem.failed(where, "not a JSON object");
        }
        String id = str(o, "id");
        if (id == null) {
            id = stem + "-" + lineNo;
        }
        String rawDate = str(o, "date");
        String date = Dates.normalize(rawDate);
        String warning = d.warning();
        if (rawDate != null && date == null) {
            warning = join(warning, "unreadable date \"" + rawDate + "\" ignored");
        }
        String text = str(o, "text");
        String html = str(o, "html");
        if (text != null) {
            return Articles.fromText(where, id, text, date, str(o, "title"), str(o, "url"), str(o, "source"), warning);
        }
        if (html != null) {
            return Articles.fromHtml(where, id, html, str(o, "url"), date, str(o, "title"), str(o, "source"), warning, timer());
        }
        return InputItem.failed(where, "no \"text\" or \"html\" field");
    }

    private static String str(JsonNode o, String field) {
        JsonNode v = o.get(field);
        return v == null || v.isNull() || v.isContainerNode() ? null : v.asText();
    }

    private static String join(String a, String b) {
        return a == null ? b : a + "; " + b;
    }

    private record Line(byte[] bytes, boolean tooLong) {
    }

    /** One line as bytes; a line over the cap is skipped to its end and reported, never buffered. */
    private Line readLine() throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        boolean tooLong = false;
        boolean any = false;
        int b;
        while ((b = in.read()) >= 0) {
            any = true;
            if (b == '\n') {
                break;
            }
            if (tooLong) {
                continue;
            }
            if (buf.size() >= Limits.MAX_HTML_BYTES) {
                tooLong = true;
                buf.reset();
                continue;
            }
            buf.write(b);
        }
        if (!any) {
            return null;
        }
        return new Line(buf.toByteArray(), tooLong);
    }
}
