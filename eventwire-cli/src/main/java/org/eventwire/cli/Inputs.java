package org.eventwire.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.eventwire.json.ArticleJson;
import org.eventwire.model.ArticleInput;
import org.eventwire.pipeline.BatchAnalyzer.Item;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/** Reads plain text files, folders of them, stdin ("-") and JSON Lines into input items. */
final class Inputs {
    private Inputs() {
    }

    static Iterator<Item> read(List<String> paths, String date) throws IOException {
        List<Item> items = new ArrayList<>();
        for (String p : paths) {
            if (p.equals("-")) {
                items.addAll(fromBytes("stdin", System.in.readAllBytes(), date, true));
                continue;
            }
            Path path = Path.of(p);
            if (Files.isDirectory(path)) {
                try (Stream<Path> s = Files.walk(path)) {
                    for (Path f : s.filter(Files::isRegularFile).sorted().toList()) {
                        items.addAll(file(f, date));
                    }
                }
            } else if (Files.exists(path)) {
                items.addAll(file(path, date));
            } else {
                items.add(new Item(null, "no such file: " + p, p));
            }
        }
        return items.iterator();
    }

    private static List<Item> file(Path f, String date) throws IOException {
        String name = f.getFileName().toString();
        boolean jsonl = name.endsWith(".jsonl") || name.endsWith(".ndjson");
        return fromBytes(f.toString(), Files.readAllBytes(f), date, jsonl);
    }

    private static List<Item> fromBytes(String origin, byte[] bytes, String date, boolean jsonl) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return List.of(new Item(null, "invalid UTF-8 in " + origin, origin));
        }
        if (jsonl || (origin.equals("stdin") && text.stripLeading().startsWith("{"))) {
            return jsonLines(origin, text);
        }
        String id = Path.of(origin).getFileName().toString().replaceFirst("\\.[^.]+$", "");
        return List.of(new Item(ArticleInput.ofText(id, text, date), null, origin));
    }

    private static List<Item> jsonLines(String origin, String text) {
        List<Item> items = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            String where = origin + ":" + (i + 1);
            try {
                JsonNode n = ArticleJson.mapper().readTree(line);
                if (!n.isObject()) {
                    items.add(new Item(null, "not a JSON object at " + where, where));
                    continue;
                }
                String id = n.hasNonNull("id") ? n.get("id").asText() : where;
                items.add(new Item(new ArticleInput(id, str(n, "text"), str(n, "html"), str(n, "date"),
                        str(n, "title"), str(n, "url"), str(n, "source")), null, where));
            } catch (IOException e) {
                items.add(new Item(null, "malformed JSON at " + where + ": "
                        + e.getMessage().lines().findFirst().orElse(""), where));
            }
        }
        return items;
    }

    private static String str(JsonNode n, String field) {
        return n.hasNonNull(field) ? n.get(field).asText() : null;
    }

}
