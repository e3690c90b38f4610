package org.eventwire.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The input formats, told by file name or, for stdin and unknown names, by the first bytes. */
public enum Format {
    TEXT("text reading"), HTML("html reading"), JSONL("json lines reading"), CSV("csv reading"),
    FEED("feed reading"), WARC("warc reading");

    private final String step;

    Format(String step) {
        this.step = step;
    }

    /** The step named in an error when reading this format runs over the item's budget. */
    String step() {
        return step;
    }

    /** The format a file name announces (a trailing .gz is looked through), or null. */
    public static Format byName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".gz")) {
            n = n.substring(0, n.length() - 3);
        }
        int dot = n.lastIndexOf('.');
        String ext = dot < 0 ? "" : n.substring(dot + 1);
        return switch (ext) {
            case "txt", "text" -> TEXT;
            case "html", "htm", "xhtml" -> HTML;
            case "jsonl", "ndjson" -> JSONL;
            case "csv" -> CSV;
            case "rss", "atom", "xml" -> FEED;
            case "warc" -> WARC;
            default -> null;
        };
    }

    static boolean isGzip(byte[] head) {
        return head.length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b;
    }

    /** The format the first bytes of an (already gunzipped) input suggest; TEXT when unsure. */
    public static Format sniff(byte[] head) {
        String s = new String(head, StandardCharsets.UTF_8);
        if (s.startsWith("\uFEFF")) {
            s = s.substring(1);
        }
        if (s.startsWith("WARC/")) {
            return WARC;
        }
        String t = s.stripLeading();
        if (t.startsWith("{")) {
            return JSONL;
        }
        String lower = t.toLowerCase(Locale.ROOT);
        if (t.startsWith("<")) {
            if (lower.contains("<rss") || lower.contains("<feed") || lower.contains("<rdf:rdf")) {
                return FEED;
            }
            return HTML;
        }
        int eol = lower.indexOf('\n');
        String first = (eol < 0 ? lower : lower.substring(0, eol)).strip();
        if (first.contains(",") && first.length() < 500) {
            for (String col : first.split(",")) {
                String c = col.strip().replace("\"", "");
                if (c.equals("text") || c.equals("body") || c.equals("content")) {
                    return CSV;
                }
            }
        }
        return TEXT;
    }
}
