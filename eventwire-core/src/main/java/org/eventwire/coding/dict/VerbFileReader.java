package org.eventwire.coding.dict;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads PETRARCH verb dictionaries (the version-1 validation format and the Phoenix
 * CAMEO.2.0 format): synsets ("&amp;CURRENCY" with "+" members), verb blocks
 * ("--- ABANDON [345] ---") listing verbs, phrasal verbs ("+BREAK_DOWN {+BROKE_DOWN}",
 * "WIRE_+TAP"), irregular forms in braces and patterns ("- * &amp;TIETYPES TIES [902]").
 * Parentheses and braces inside patterns (Phoenix phrase groups) are read as plain word
 * sequences. Regular verb forms are generated as PETRARCH does.
 */
public final class VerbFileReader {
    private static final Pattern HEADER = Pattern.compile("^---\\s*(.+?)\\s*\\[([^\\]]*)\\].*---.*$");
    private static final Pattern CODE = Pattern.compile("\\[([^\\]]*)\\]");

    private final Map<String, List<List<String>>> synsets = new HashMap<>();
    private final List<String> problems = new ArrayList<>();

    public List<String> problems() {
        return problems;
    }

    public VerbDictionary read(List<String> lines, String source, boolean nominal) {
        // synsets may be used before they are defined: collect them first
        String syn = null;
        Map<String, List<String>> rawSyn = new HashMap<>();
        for (String raw : lines) {
            String t = ActorFileReader.stripComment(raw).trim().toUpperCase(Locale.ROOT);
            if (t.startsWith("&")) {
                syn = t.substring(1).replaceAll("_+$", "").trim();
                rawSyn.put(syn, new ArrayList<>());
            } else if (syn != null && t.startsWith("+")) {
                rawSyn.get(syn).add(t.substring(1).trim());
            } else if (t.isEmpty() || t.startsWith("---")) {
                syn = null;
            }
        }
        for (String name : rawSyn.keySet()) {
            synsets.put(name, expandSynset(name, rawSyn, new LinkedHashSet<>()));
        }
        VerbDictionary dict = new VerbDictionary();
        String blockName = null;
        String blockCode = null;
        List<String[]> verbs = new ArrayList<>();
        List<VerbPattern> pats = new ArrayList<>();
        boolean inSyn = false;
        int n = 0;
        for (String raw : lines) {
            n++;
            String t = ActorFileReader.stripComment(raw).trim().toUpperCase(Locale.ROOT);
            if (t.isEmpty()) {
                inSyn = false;
                continue;
            }
            Matcher h = HEADER.matcher(t);
            if (t.startsWith("---")) {
                flush(dict, blockName, blockCode, verbs, pats, nominal);
                verbs = new ArrayList<>();
                pats = new ArrayList<>();
                inSyn = false;
                if (!h.matches()) {
                    problems.add(source + ":" + n + ": bad verb block header: " + raw.trim());
                    blockName = null;
                    continue;
                }
                blockName = h.group(1).trim();
                blockCode = code(h.group(2));
                continue;
            }
            if (t.startsWith("&")) {
                inSyn = true;
                continue;
            }
            if (inSyn || blockName == null) {
                continue;
            }
            if (t.startsWith("-")) {
                VerbPattern p = pattern(t.substring(1).trim(), source, n);
                if (p != null) {
                    pats.add(p);
                }
            } else {
                Matcher c = CODE.matcher(t);
                String own = c.find() ? code(c.group(1)) : null;
                verbs.add(new String[]{t, own});
            }
        }
        flush(dict, blockName, blockCode, verbs, pats, nominal);
        return dict;
    }

    private List<List<String>> expandSynset(String name, Map<String, List<String>> raw, Set<String> seen) {
        List<List<String>> out = new ArrayList<>();
        if (!seen.add(name)) {
            return out;
        }
        for (String m : raw.getOrDefault(name, List.of())) {
            if (m.startsWith("&")) {
                out.addAll(expandSynset(m.substring(1).replaceAll("_+$", ""), raw, seen));
            } else {
                List<String> words = new ArrayList<>();
                for (String w : m.split("[_\\s]+")) {
                    if (!w.isEmpty()) {
                        words.add(w);
                    }
                }
                if (!words.isEmpty()) {
                    out.add(List.copyOf(words));
                }
            }
        }
        return out;
    }

    /** "064" stays, "---" means no event, codes with other characters ("+++", "###") are unusable: null. */
    private static String code(String raw) {
        String c = raw.trim().replace("?", "");
        if (c.equals("---")) {
            return "---";
        }
        return c.matches("[0-9A-Z:]*[0-9][0-9A-Z:]*|:?[0-9A-Z]+") ? c : null;
    }

    private void flush(VerbDictionary dict, String block, String blockCode, List<String[]> verbs,
                       List<VerbPattern> pats, boolean nominal) {
        if (block == null) {
            return;
        }
        if (verbs.isEmpty()) {
            verbs.add(new String[]{block, null});
        }
        for (String[] v : verbs) {
            String line = v[0];
            String code = v[1] != null ? v[1] : blockCode;
            String phrase = ActorFileReader.phraseOf(line);
            List<String> irregular = new ArrayList<>();
            int b = line.indexOf('{');
            if (b >= 0 && line.indexOf('}', b) > b) {
                for (String f : line.substring(b + 1, line.indexOf('}', b)).trim().split("\\s+")) {
                    if (!f.isEmpty()) {
                        irregular.add(f);
                    }
                }
            }
            String[] parts = phrase.replace("+", " +").trim().split("[_\\s]+");
            int headAt = 0;
            for (int i = 0; i < parts.length; i++) {
                if (parts[i].startsWith("+")) {
                    headAt = i;
                }
            }
            List<String> words = new ArrayList<>();
            for (String p : parts) {
                if (!p.replace("+", "").isEmpty()) {
                    words.add(p.replace("+", ""));
                }
            }
            if (words.isEmpty()) {
                continue;
            }
            headAt = Math.min(headAt, words.size() - 1);
            String head = words.get(headAt);
            String[] split = splitCode(code);
            VerbEntry e = new VerbEntry(block, head, List.copyOf(words.subList(0, headAt)),
                    List.copyOf(words.subList(headAt + 1, words.size())), split[0], split[1],
                    List.copyOf(pats), nominal);
            List<String> forms = new ArrayList<>(nominal ? nounForms(head) : verbForms(head));
            for (String f : irregular) {
                String[] fp = f.replace("+", " +").trim().split("[_\\s]+");
                for (String x : fp) {
                    if (x.startsWith("+") || fp.length == 1) {
                        forms.add(x.replace("+", ""));
                    }
                }
            }
            dict.add(e, forms);
        }
    }

    /** "032:033" to {"032", "033"}; "064" to {"064", null}; ":173" to {null, "173"}. */
    static String[] splitCode(String code) {
        if (code == null) {
            return new String[]{null, null};
        }
        int c = code.indexOf(':');
        if (c < 0) {
            return new String[]{code, null};
        }
        String a = code.substring(0, c);
        String r = code.substring(c + 1);
        return new String[]{a.isEmpty() ? null : a, r.isEmpty() ? null : r};
    }

    private VerbPattern pattern(String body, String source, int line) {
        Matcher c = CODE.matcher(body);
        if (!c.find()) {
            problems.add(source + ":" + line + ": pattern without a code: " + body);
            return null;
        }
        String code = code(c.group(1));
        if (code == null) {
            return null;
        }
        String words = body.substring(0, c.start()).replaceAll("[(){}]", " ").trim();
        if (!words.contains("*")) {
            problems.add(source + ":" + line + ": pattern without '*': " + body);
            return null;
        }
        List<VerbPattern.Elem> pre = new ArrayList<>();
        List<VerbPattern.Elem> post = new ArrayList<>();
        boolean after = false;
        for (String chunk : words.split("\\s+")) {
            String[] parts = chunk.split("_", -1);
            for (int i = 0; i < parts.length; i++) {
                String p = parts[i];
                if (p.isEmpty()) {
                    continue;
                }
                if (p.equals("*")) {
                    after = true;
                    // "RECENTLY_*": the element before the verb is adjacent to it
                    if (i > 0 && !pre.isEmpty()) {
                        VerbPattern.Elem last = pre.remove(pre.size() - 1);
                        pre.add(new VerbPattern.Elem(last.kind(), last.alternatives(), true));
                    }
                    continue;
                }
                boolean joinedBefore = i > 0;
                VerbPattern.Elem e = elem(p, after ? joinedBefore : false);
                if (e == null) {
                    problems.add(source + ":" + line + ": unknown synset in pattern: " + p);
                    return null;
                }
                if (!after && joinedBefore && !pre.isEmpty()) {
                    VerbPattern.Elem last = pre.remove(pre.size() - 1);
                    pre.add(new VerbPattern.Elem(last.kind(), last.alternatives(), true));
                }
                (after ? post : pre).add(e);
            }
        }
        String[] split = splitCode(code);
        return new VerbPattern(List.copyOf(pre), List.copyOf(post), split[0], split[1], body);
    }

    private VerbPattern.Elem elem(String p, boolean adjacent) {
        switch (p) {
            case "$": return new VerbPattern.Elem(VerbPattern.Kind.SOURCE, List.of(), adjacent);
            case "+": return new VerbPattern.Elem(VerbPattern.Kind.TARGET, List.of(), adjacent);
            case "%": return new VerbPattern.Elem(VerbPattern.Kind.COMPOUND, List.of(), adjacent);
            case "^": return new VerbPattern.Elem(VerbPattern.Kind.SKIP, List.of(), adjacent);
            default:
                if (p.startsWith("&")) {
                    List<List<String>> m = synsets.get(p.substring(1));
                    return m == null ? null : new VerbPattern.Elem(VerbPattern.Kind.SYNSET, m, adjacent);
                }
                return new VerbPattern.Elem(VerbPattern.Kind.WORD, List.of(List.of(p)), adjacent);
        }
    }

    /** Base, third person, past and gerund, by PETRARCH's regular rules. */
    static List<String> verbForms(String v) {
        List<String> f = new ArrayList<>();
        f.add(v);
        boolean consY = v.endsWith("Y") && v.length() > 1 && "AEIOU".indexOf(v.charAt(v.length() - 2)) < 0;
        if (consY) {
            f.add(v.substring(0, v.length() - 1) + "IES");
            f.add(v.substring(0, v.length() - 1) + "IED");
        } else if (v.endsWith("S") || v.endsWith("X") || v.endsWith("Z") || v.endsWith("CH") || v.endsWith("SH")) {
            f.add(v + "ES");
            f.add(v + "ED");
        } else {
            f.add(v + "S");
            f.add(v.endsWith("E") ? v + "D" : v + "ED");
        }
        f.add(v.endsWith("E") && !v.endsWith("EE") ? v.substring(0, v.length() - 1) + "ING" : v + "ING");
        return f;
    }

    static List<String> nounForms(String n) {
        return List.of(n, AgentFileReader.plural(n));
    }
}
