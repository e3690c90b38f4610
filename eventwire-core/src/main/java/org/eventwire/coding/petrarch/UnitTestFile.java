package org.eventwire.coding.petrarch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a PETRARCH validation file: the &lt;Environment&gt; (which dictionary files to use) and
 * the &lt;Sentence&gt; records. Read with patterns rather than an XML parser, as PETRARCH does:
 * the files are loosely formed (attributes with spaces around "=", comments inside records).
 */
public final class UnitTestFile {
    private static final Pattern SENTENCE = Pattern.compile("<Sentence\\b([^>]*)>(.*?)</Sentence>", Pattern.DOTALL);
    private static final Pattern CODING = Pattern.compile("<EventCoding\\b([^>]*)>", Pattern.DOTALL);

    public final String verbFile;
    public final String actorFile;
    public final String agentFile;
    public final String discardFile;
    public final List<UnitTestRecord> records;
    public final List<String> problems;

    private UnitTestFile(String verbs, String actors, String agents, String discards, List<UnitTestRecord> records,
                         List<String> problems) {
        this.verbFile = verbs;
        this.actorFile = actors;
        this.agentFile = agents;
        this.discardFile = discards;
        this.records = records;
        this.problems = problems;
    }

    public static UnitTestFile read(Path file) throws IOException {
        String x = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        String env = between(x, "<Environment>", "</Environment>");
        List<UnitTestRecord> recs = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Matcher m = SENTENCE.matcher(x);
        int n = 0;
        while (m.find()) {
            n++;
            String attrs = m.group(1);
            String body = m.group(2).replaceAll("(?s)<!--.*?-->", "");
            String id = attr(attrs, "id");
            String date = attr(attrs, "date");
            String text = between(body, "<Text>", "</Text>");
            if (id == null || text == null) {
                problems.add("record " + n + ": no id or no <Text>; skipped");
                continue;
            }
            Set<UnitTestRecord.Triple> expected = new LinkedHashSet<>();
            String error = null;
            Matcher c = CODING.matcher(body);
            while (c.find()) {
                String a = c.group(1);
                if (attr(a, "error") != null) {
                    error = attr(a, "error");
                } else if (attr(a, "eventcode") != null) {
                    expected.add(new UnitTestRecord.Triple(attr(a, "sourcecode"), attr(a, "targetcode"), attr(a, "eventcode")));
                }
            }
            int d;
            try {
                d = date == null ? 0 : Integer.parseInt(date.trim());
            } catch (NumberFormatException e) {
                d = 0;
            }
            recs.add(new UnitTestRecord(id, d, attr(attrs, "category"), text.trim().replaceAll("\\s+", " "),
                    between(body, "<Parse>", "</Parse>"), Set.copyOf(expected), error,
                    !"false".equalsIgnoreCase(String.valueOf(attr(attrs, "sentence")).trim())));
        }
        return new UnitTestFile(tag(env, "Verbfile"), tag(env, "Actorfile"), tag(env, "Agentfile"),
                tag(env, "Discardfile"), recs, problems);
    }

    private static String tag(String env, String name) {
        if (env == null) {
            return null;
        }
        String v = between(env, "<" + name + ">", "</" + name + ">");
        return v == null ? null : v.trim();
    }

    /** An attribute value; PETRARCH files allow spaces around "=" and quotes of either kind. */
    static String attr(String attrs, String name) {
        Matcher m = Pattern.compile("\\b" + name + "\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')").matcher(attrs);
        if (!m.find()) {
            return null;
        }
        return m.group(1) != null ? m.group(1) : m.group(2);
    }

    static String between(String s, String open, String close) {
        int a = s.indexOf(open);
        int b = a < 0 ? -1 : s.indexOf(close, a + open.length());
        return a < 0 || b < 0 ? null : s.substring(a + open.length(), b);
    }
}
