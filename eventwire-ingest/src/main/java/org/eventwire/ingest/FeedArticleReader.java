package org.eventwire.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;

/**
 * RSS and Atom feeds (read with Rome): one article per entry, from its title, link, published
 * (else updated) date and its full content, else its description. HTML content is turned into
 * paragraphs. A feed that does not parse is one error; an entry without text is an error for it.
 */
final class FeedArticleReader extends PullReader {
    private final InputStream in;
    private final String stem;
    private Iterator<SyndEntry> entries;
    private String feedTitle;
    private int entryNo;

    FeedArticleReader(String origin, InputStream in, ItemTimer timer) {
        super(origin, in, timer);
        this.in = in;
        this.stem = origin.equals("-") ? "stdin" : Articles.stem(origin);
    }

    @Override
    protected InputItem pull() throws Exception {
        if (entries == null) {
            byte[] bytes = TextDecoding.readCapped(in, Limits.MAX_HTML_BYTES);
            if (bytes == null) {
                entries = List.<SyndEntry>of().iterator();
                return InputItem.failed(origin(), Limits.tooLarge("feed", Limits.MAX_HTML_BYTES, "bytes"));
            }
            if (bytes.length == 0) {
                entries = List.<SyndEntry>of().iterator();
                return InputItem.failed(origin(), "empty input");
            }
            SyndFeed feed;
            try {
                // doctypes stay refused (Rome's default): no external entities from untrusted feeds
                feed = new SyndFeedInput().build(new XmlReader(new ByteArrayInputStream(bytes)));
            } catch (Exception e) {
                entries = List.<SyndEntry>of().iterator();
                return InputItem.failed(origin(), reason("malformed feed: ", e));
            }
            feedTitle = feed.getTitle() == null || feed.getTitle().isBlank() ? null : feed.getTitle().strip();
            entries = new ArrayList<>(feed.getEntries()).iterator();
        }
        if (!entries.hasNext()) {
            return null;
        }
        SyndEntry e = entries.next();
        entryNo++;
        String where = origin() + ":entry " + entryNo;
        String link = e.getLink();
        String id = firstNonBlank(e.getUri(), link, stem + "-" + entryNo);
        String date = Dates.of(e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate());
        String title = e.getTitle() == null ? null : e.getTitle().strip();
        String text = contentText(e, timer());
        if (text == null || text.isBlank()) {
            return InputItem.failed(where, "entry has no content or description");
        }
        return Articles.fromText(where, id, text, date, title, link,
                feedTitle != null ? feedTitle : Articles.host(link), null);
    }

    /** Full content when the entry has it, else the description; markup becomes paragraphs. */
    private static String contentText(SyndEntry e, ItemTimer timer) {
        StringBuilder sb = new StringBuilder();
        for (SyndContent c : e.getContents()) {
            append(sb, c, timer);
        }
        if (sb.length() == 0 && e.getDescription() != null) {
            append(sb, e.getDescription(), timer);
        }
        return sb.toString();
    }

    private static void append(StringBuilder sb, SyndContent c, ItemTimer timer) {
        String v = c.getValue();
        if (v == null || v.isBlank()) {
            return;
        }
        String type = c.getType() == null ? "" : c.getType().toLowerCase(Locale.ROOT);
        boolean markup = type.contains("html") || v.contains("<") && v.contains(">") || v.contains("&");
        String text = markup ? BlockText.render(Jsoup.parseBodyFragment(v).body(), timer) : v.strip();
        if (!text.isBlank()) {
            if (sb.length() > 0) {
                sb.append("\n\n");
            }
            sb.append(text);
        }
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
