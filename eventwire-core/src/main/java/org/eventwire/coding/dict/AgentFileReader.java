package org.eventwire.coding.dict;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads PETRARCH agent dictionaries: "PRESIDENT [~GOV]", "HUMAN_RIGHTS_BODY [NGO~]",
 * substitution sets ("!PERSON! = MAN, MEN, WOMAN"), explicit plurals in braces
 * ("ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]"), "{}" for no plural. Without braces the
 * regular plural is generated (S, ES, Y to IES), as PETRARCH does.
 */
public final class AgentFileReader {
    private static final Pattern LINE = Pattern.compile("^([^\\[{]+?)\\s*(?:\\{([^}]*)\\})?\\s*\\[\\s*([^\\]]*?)\\s*\\]");
    private static final Pattern SUBST = Pattern.compile("^(![A-Z]+!)\\s*=\\s*(.+)$");

    public void read(List<String> lines, Consumer<PhraseEntry> sink) {
        Map<String, List<String>> subst = new LinkedHashMap<>();
        for (String raw : lines) {
            String t = ActorFileReader.stripComment(raw).trim().toUpperCase(Locale.ROOT);
            if (t.isEmpty()) {
                continue;
            }
            Matcher s = SUBST.matcher(t);
            if (s.matches()) {
                List<String> vals = new ArrayList<>();
                for (String v : s.group(2).split(",")) {
                    vals.add(v.trim());
                }
                subst.put(s.group(1), vals);
                continue;
            }
            Matcher m = LINE.matcher(t);
            if (!m.find()) {
                continue;
            }
            String code = m.group(3).replace(" ", "");
            List<DatedCode> codes = List.of(new DatedCode(code, 0, DatedCode.OPEN_END));
            List<String> forms = new ArrayList<>();
            for (String base : expand(m.group(1).trim(), subst)) {
                forms.add(base + "_");
                if (m.group(2) == null) {
                    forms.add(plural(base) + "_");
                } else {
                    for (String f : m.group(2).trim().split("\\s+")) {
                        if (!f.isEmpty()) {
                            forms.addAll(expand(f, subst).stream().map(x -> x + "_").toList());
                        }
                    }
                }
            }
            for (String f : forms) {
                PhraseEntry e = ActorFileReader.entry(f, codes);
                if (e != null) {
                    sink.accept(e);
                }
            }
        }
    }

    private static List<String> expand(String phrase, Map<String, List<String>> subst) {
        for (Map.Entry<String, List<String>> s : subst.entrySet()) {
            if (phrase.contains(s.getKey())) {
                List<String> out = new ArrayList<>();
                for (String v : s.getValue()) {
                    out.addAll(expand(phrase.replace(s.getKey(), v), subst));
                }
                return out;
            }
        }
        return List.of(phrase);
    }

    /** The regular English plural of the last word of a phrase. */
    static String plural(String phrase) {
        String p = phrase.endsWith("_") ? phrase.substring(0, phrase.length() - 1) : phrase;
        if (p.endsWith("Y") && p.length() > 1 && "AEIOU".indexOf(p.charAt(p.length() - 2)) < 0) {
            return p.substring(0, p.length() - 1) + "IES";
        }
        if (p.endsWith("S") || p.endsWith("X") || p.endsWith("Z") || p.endsWith("CH") || p.endsWith("SH")) {
            return p + "ES";
        }
        return p + "S";
    }
}
