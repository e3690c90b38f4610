package org.eventwire.coding.dict;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads TABARI/PETRARCH actor dictionaries: a phrase with its code ("GONDOR [GON]"), synonyms
 * on "+" lines, codes on their own indented lines, date-restricted codes ("[HOBGOV
 * 19950601 - 19990815]", "[NERELI &lt; 930416]", "[IGOUNO &gt;20070101]") and several codes
 * in one ("[FRO/BIL/SAM]"). Words joined by "_" or spaces form one phrase; a phrase that
 * does not end in "_" may match as a stem. Comments start with "#" or "&lt;!".
 */
public final class ActorFileReader {
    private static final Pattern CODE = Pattern.compile("\\[([^\\]]*)\\]");
    private static final Pattern RANGE = Pattern.compile("^(\\S+)\\s*(?:([<>])\\s*(\\d+)|(\\d+)\\s*-\\s*(\\d+))?$");

    private final List<String> problems = new ArrayList<>();

    public List<String> problems() {
        return problems;
    }

    /** Parses the lines; each finished entry is handed to the sink (one entry per phrase and synonym). */
    public void read(List<String> lines, String source, Consumer<PhraseEntry> sink) {
        List<String> names = new ArrayList<>();
        List<DatedCode> codes = new ArrayList<>();
        int n = 0;
        for (String raw : lines) {
            n++;
            String line = stripComment(raw);
            if (line.isBlank()) {
                continue;
            }
            boolean indented = Character.isWhitespace(raw.charAt(0));
            String t = line.trim();
            if (t.startsWith("[")) {
                parseCodes(t, codes, source, n);
                continue;
            }
            if (t.startsWith("+")) {
                names.add(phraseOf(t.substring(1)));
                parseCodes(t, codes, source, n);
                continue;
            }
            if (indented && names.isEmpty()) {
                continue;
            }
            flush(names, codes, sink);
            names = new ArrayList<>();
            codes = new ArrayList<>();
            names.add(phraseOf(t));
            parseCodes(t, codes, source, n);
        }
        flush(names, codes, sink);
    }

    static String stripComment(String raw) {
        String s = raw;
        if (s.trim().startsWith("<")) {
            return "";
        }
        int h = s.indexOf('#');
        return h >= 0 ? s.substring(0, h) : s;
    }

    /** The phrase part of a line: everything before the first "[" or "{". */
    static String phraseOf(String t) {
        int cut = t.length();
        for (char c : new char[]{'[', '{'}) {
            int i = t.indexOf(c);
            if (i >= 0) {
                cut = Math.min(cut, i);
            }
        }
        return t.substring(0, cut).trim();
    }

    private void parseCodes(String t, List<DatedCode> codes, String source, int line) {
        Matcher m = CODE.matcher(t);
        while (m.find()) {
            String body = m.group(1).trim();
            Matcher r = RANGE.matcher(body);
            if (!r.matches()) {
                problems.add(source + ":" + line + ": bad code block [" + body + "]");
                continue;
            }
            int from = 0;
            int to = DatedCode.OPEN_END;
            try {
                if (r.group(2) != null) {
                    int d = date(r.group(3));
                    if (r.group(2).equals("<")) {
                        to = d - 1;
                    } else {
                        from = d + 1;
                    }
                } else if (r.group(4) != null) {
                    from = date(r.group(4));
                    to = date(r.group(5));
                }
            } catch (IllegalArgumentException e) {
                problems.add(source + ":" + line + ": bad date in [" + body + "]");
                continue;
            }
            // "[FRO/BIL/SAM]" stays one code: the phrase stands for all three actors
            codes.add(new DatedCode(r.group(1).toUpperCase(Locale.ROOT), from, to));
        }
    }

    /** yymmdd (19yy from 30 on, else 20yy) or yyyymmdd as an int yyyymmdd. */
    static int date(String s) {
        if (s.length() == 6) {
            int yy = Integer.parseInt(s.substring(0, 2));
            return (yy >= 30 ? 1900 + yy : 2000 + yy) * 10000 + Integer.parseInt(s.substring(2));
        }
        if (s.length() == 8) {
            return Integer.parseInt(s);
        }
        throw new IllegalArgumentException(s);
    }

    private static void flush(List<String> names, List<DatedCode> codes, Consumer<PhraseEntry> sink) {
        if (names.isEmpty() || codes.isEmpty()) {
            return;
        }
        for (String name : names) {
            PhraseEntry e = entry(name, List.copyOf(codes));
            if (e != null) {
                sink.accept(e);
            }
        }
    }

    /** A phrase "WORD_WORD WORD_" as an entry; null if it has no words. */
    static PhraseEntry entry(String phrase, List<DatedCode> codes) {
        String p = phrase.trim().toUpperCase(Locale.ROOT);
        boolean stem = !p.endsWith("_");
        List<String> words = new ArrayList<>();
        for (String w : p.split("[_\\s]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        if (words.isEmpty()) {
            return null;
        }
        // a bare one- or two-letter word as a stem would match far too much
        boolean stemOk = stem && words.get(words.size() - 1).length() >= 4;
        return new PhraseEntry(List.copyOf(words), stemOk, Arrays.toString(words.toArray()), codes);
    }
}
