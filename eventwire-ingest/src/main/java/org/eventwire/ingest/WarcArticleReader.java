package org.eventwire.ingest;

import java.io.InputStream;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTruncationReason;

/**
 * WARC files (plain or gzipped, read with jwarc): every response record with an HTML payload and
 * a 2xx status is a page to extract. The url is the WARC-Target-URI; the date is the page's own
 * publication date when its metadata has one, else the WARC-Date (the capture date). Other
 * records (requests, metadata, images, redirects) are not articles and are passed over. A
 * truncated or corrupt record ends the file with one error, since the next record boundary can
 * no longer be trusted.
 */
final class WarcArticleReader extends PullReader {
    private final WarcReader warc;
    private int recordNo;

    WarcArticleReader(String origin, InputStream in, ItemTimer timer) throws java.io.IOException {
        this(origin, new WarcReader(in), timer);
    }

    private WarcArticleReader(String origin, WarcReader warc, ItemTimer timer) {
        super(origin, warc, timer);
        this.warc = warc;
    }

    @Override
    protected InputItem pull() {
        while (true) {
            Optional<WarcRecord> next;
            try {
                next = warc.next();
            } catch (Exception | AssertionError e) {
                return endWith(reason("truncated or corrupt WARC record after record " + recordNo + ": ", e));
            }
            if (next.isEmpty()) {
                if (recordNo == 0) {
                    return endWith("empty input: no WARC record");
                }
                return null;
            }
            recordNo++;
            if (next.get() instanceof WarcResponse response) {
                InputItem item = page(response);
                if (item != null) {
                    return item;
                }
            }
        }
    }

    private InputItem endWith(String error) {
        InputItem item = InputItem.failed(origin(), error);
        close();
        return item;
    }

    private InputItem page(WarcResponse response) {
        String url = response.target();
        String where = origin() + ":" + url;
        try {
            if (!response.contentType().base().equals(MediaType.HTTP_RESPONSE.base())) {
                return null;
            }
            HttpResponse http = response.http();
            MediaType type = http.contentType();
            String sub = type.subtype().toLowerCase(java.util.Locale.ROOT);
            if (http.status() < 200 || http.status() >= 300 || !(sub.equals("html") || sub.equals("xhtml+xml"))) {
                return null;
            }
            byte[] bytes;
            try (InputStream body = http.bodyDecoded().stream()) {
                bytes = TextDecoding.readCapped(body, Limits.MAX_HTML_BYTES);
            }
            if (bytes == null) {
                return InputItem.failed(where, Limits.tooLarge("page", Limits.MAX_HTML_BYTES, "bytes"));
            }
            TextDecoding.Decoded d = Articles.decodeHtml(bytes, type.parameters().get("charset"));
            if (d.error() != null) {
                return InputItem.failed(where, d.error());
            }
            String warning = d.warning();
            if (response.truncated() != null && response.truncated() != WarcTruncationReason.NOT_TRUNCATED) {
                warning = (warning == null ? "" : warning + "; ") + "record marked truncated by the crawler";
            }
            String id = response.id().toString().replaceFirst("^<?urn:uuid:", "").replace(">", "");
            return Articles.fromHtml(where, id, d.text(), url, Dates.of(java.util.Date.from(response.date())),
                    null, null, warning, timer());
        } catch (Exception e) {
            return InputItem.failed(where, reason("cannot read this record: ", e));
        }
    }
}
