package org.eventwire.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/**
 * Runs the extractor over an article-extraction benchmark folder (ground-truth.json and
 * html/KEY.html.gz) and writes one {"id", "text"} JSON line per page, the input of
 * {@code score.py html FOLDER --pred FILE}. Usage: ExtractBenchmark FOLDER OUT.jsonl
 */
public final class ExtractBenchmark {
    private ExtractBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: ExtractBenchmark BENCHMARK_FOLDER OUT.jsonl");
            System.exit(2);
        }
        ObjectMapper json = new ObjectMapper();
        Map<String, String> texts = run(Path.of(args[0]));
        try (Writer w = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
            for (Map.Entry<String, String> e : texts.entrySet()) {
                w.write(json.writeValueAsString(Map.of("id", e.getKey(), "text", e.getValue())));
                w.write('\n');
            }
        }
        System.err.println("wrote " + texts.size() + " pages to " + args[1]);
    }

    /** Page key to extracted body, in key order. */
    public static Map<String, String> run(Path folder) throws IOException {
        JsonNode truth = new ObjectMapper().readTree(folder.resolve("ground-truth.json").toFile());
        Map<String, String> out = new TreeMap<>();
        for (var it = truth.fields(); it.hasNext(); ) {
            var entry = it.next();
            String key = entry.getKey();
            String url = entry.getValue().path("url").asText(null);
            String html;
            try (InputStream in = new GZIPInputStream(Files.newInputStream(
                    folder.resolve("html").resolve(key + ".html.gz")))) {
                // the scorer hands pages over as UTF-8 text too: decode the same way
                html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            out.put(key, HtmlArticleExtractor.extract(html, url).text());
        }
        return out;
    }
}
