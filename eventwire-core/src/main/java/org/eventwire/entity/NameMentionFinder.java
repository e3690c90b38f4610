package org.eventwire.entity;

import edu.stanford.nlp.pipeline.CoreEntityMention;
import org.eventwire.model.Dateline;
import org.eventwire.nlp.ParsedSentence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Collects name mentions from the NER output and repairs what the 3-class model gets wrong in
 * news copy: titles fused into organisations ("State Department Spokesperson"), cabinet
 * portfolios ("State" in "Secretary of State"), long names split before their acronym
 * ("Economic Community of West African States (ECOWAS)"), social handles ("@UN"), the agency
 * in the dateline, and later repetitions of a name the model missed.
 */
final class NameMentionFinder {
    private static final Set<String> TYPES = Set.of("PERSON", "ORGANIZATION", "LOCATION");
    private static final String NAME_WORD = "(?:[A-Z][\\p{L}'’.-]*|of|the|and|for|on|de|du|des|la|le|al)";
    private static final Pattern ACRONYM_DEF = Pattern.compile(
            "(" + NAME_WORD + "(?:,?\\s+" + NAME_WORD + "){1,10})\\s*\\((?:the\\s+)?([A-Z][A-Za-z]{1,9})\\)");
    private static final Pattern HANDLE = Pattern.compile("(?<![\\w@])@([A-Za-z][A-Za-z0-9_]{1,30})");

    /** Acronym to full name, as the text defines them. */
    final Map<String, String> acronyms = new TreeMap<>();

    List<RawMention> find(String text, List<CoreEntityMention> ner, List<ParsedSentence> sentences,
                          Dateline dateline) {
        List<RawMention> out = new ArrayList<>();
        for (CoreEntityMention m : ner) {
            if (!TYPES.contains(m.entityType())) {
                continue;
            }
            int s = m.charOffsets().first();
            int e = m.charOffsets().second();
            String t = text.substring(s, e);
            if (Lexicon.PERSON_PRONOUNS.contains(t.toLowerCase(Locale.ROOT)) || !Character.isUpperCase(t.codePointAt(0))
                    && !t.startsWith("@")) {
                continue;
            }
            RawMention r = new RawMention(m.entityType(), s, e, t, "NAME");
            r = stripTitleTail(r, text);
            if (r != null && !isPortfolio(r, text)) {
                out.addAll(NameBoundaries.repair(r, text, sentences));
            }
        }
        // a place inside a repaired organisation name ("National Assembly of Freedonia") is part of it
        List<RawMention> orgs = out.stream().filter(x -> x.type().equals("ORGANIZATION")).toList();
        out.removeIf(x -> x.type().equals("LOCATION") && orgs.stream().anyMatch(o -> o.start() <= x.start()
                && x.end() <= o.end()));
        addAcronymDefinitions(text, out);
        addHandles(text, out);
        if (dateline != null && dateline.agency() != null && dateline.evidence() != null) {
            int at = text.indexOf("(" + dateline.agency() + ")", dateline.evidence().start());
            if (at >= 0) {
                addIfFree(out, new RawMention("ORGANIZATION", at + 1, at + 1 + dateline.agency().length(),
                        dateline.agency(), "NAME"));
            }
        }
        addRepetitions(text, out);
        out.sort(Comparator.comparingInt(RawMention::start));
        return out;
    }

    /** "State Department Spokesperson" is the State Department plus a title. */
    private static RawMention stripTitleTail(RawMention r, String text) {
        if (!r.type().equals("ORGANIZATION")) {
            return r;
        }
        String[] words = r.text().split(" ");
        int keep = words.length;
        while (keep > 0 && Lexicon.isTitleHead(words[keep - 1])) {
            keep--;
        }
        if (keep == words.length) {
            return r;
        }
        if (keep == 0) {
            return null;
        }
        String t = String.join(" ", java.util.Arrays.copyOf(words, keep));
        return new RawMention(r.type(), r.start(), r.start() + t.length(), t, r.kind());
    }

    /** "State" right after "Secretary of" names a portfolio, not an organisation. */
    private static boolean isPortfolio(RawMention r, String text) {
        if (!Lexicon.PORTFOLIOS.contains(r.text().toLowerCase(Locale.ROOT))) {
            return false;
        }
        String before = text.substring(Math.max(0, r.start() - 30), r.start()).toLowerCase(Locale.ROOT);
        return before.matches("(?s).*\\b(secretary|minister|ministry|department|office|secretariat)\\s+of\\s+(the\\s+)?$");
    }

    private void addAcronymDefinitions(String text, List<RawMention> out) {
        Matcher m = ACRONYM_DEF.matcher(text);
        while (m.find()) {
            String acr = m.group(2);
            String full = trimToAcronym(m.group(1), acr);
            if (full == null) {
                // "Kurdistan Workers' Party (PKK)": initials of another language; the name the model found
                full = organisationEndingAt(out, m.end(1));
                full = full != null && m.group(1).endsWith(full) ? full : null;
            }
            if (full == null) {
                continue;
            }
            int fs = m.end(1) - full.length();
            RawMention fullMention = new RawMention("ORGANIZATION", fs, m.end(1), full, "NAME");
            out.removeIf(x -> x.overlaps(fs, fullMention.end()));
            out.add(fullMention);
            int as = m.start(2);
            out.removeIf(x -> x.overlaps(as, as + acr.length()));
            out.add(new RawMention("ORGANIZATION", as, as + acr.length(), acr, "NAME"));
            acronyms.put(acr, full);
        }
    }

    private static String organisationEndingAt(List<RawMention> out, int end) {
        for (RawMention r : out) {
            if (r.end() == end && r.type().equals("ORGANIZATION") && r.text().contains(" ")) {
                return r.text();
            }
        }
        return null;
    }

    /** The shortest tail of the words before "(ACR)" whose initials spell the acronym. */
    static String trimToAcronym(String phrase, String acr) {
        String[] words = phrase.split("\\s+");
        for (int from = words.length - 1; from >= 0; from--) {
            if (!Character.isUpperCase(words[from].charAt(0))) {
                continue;
            }
            String[] tail = java.util.Arrays.copyOfRange(words, from, words.length);
            if (spells(tail, 0, acr.toUpperCase(Locale.ROOT), 0)) {
                return String.join(" ", tail);
            }
        }
        return null;
    }

    /** Capitalised words give one or more leading letters; small words may give their first or none. */
    private static boolean spells(String[] w, int wi, String acr, int ai) {
        if (wi == w.length) {
            return ai == acr.length();
        }
        String word = w[wi].toUpperCase(Locale.ROOT);
        boolean small = Character.isLowerCase(w[wi].charAt(0));
        if (small && spells(w, wi + 1, acr, ai)) {
            return true;
        }
        for (int k = 1; k <= Math.min(word.length(), 3) && ai + k <= acr.length(); k++) {
            if (!word.regionMatches(0, acr, ai, k)) {
                break;
            }
            if (spells(w, wi + 1, acr, ai + k)) {
                return true;
            }
        }
        return false;
    }

    /** "@UN" is a mention of whatever "UN" names in the article. */
    private static void addHandles(String text, List<RawMention> out) {
        Matcher m = HANDLE.matcher(text);
        while (m.find()) {
            String handle = m.group(1);
            for (RawMention r : List.copyOf(out)) {
                String squeezed = r.text().replaceAll("[^A-Za-z0-9]", "");
                if (squeezed.equalsIgnoreCase(handle) && !r.type().equals("LOCATION")) {
                    addIfFree(out, new RawMention(r.type(), m.start(), m.end(), m.group(), "NAME"));
                    break;
                }
            }
        }
    }

    /** Every further occurrence of a person or organisation name the model already found once. */
    private void addRepetitions(String text, List<RawMention> out) {
        Map<String, String> names = new TreeMap<>();
        for (RawMention r : out) {
            if (!r.type().equals("LOCATION") && r.text().length() >= 2 && !r.text().startsWith("@")) {
                names.putIfAbsent(r.text(), r.type());
            }
        }
        for (Map.Entry<String, String> n : names.entrySet()) {
            Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}@])" + Pattern.quote(n.getKey()) + "(?![\\p{L}\\p{N}])")
                    .matcher(text);
            while (m.find()) {
                addIfFree(out, new RawMention(n.getValue(), m.start(), m.end(), n.getKey(), "NAME"));
            }
        }
    }

    private static void addIfFree(List<RawMention> out, RawMention r) {
        for (RawMention x : out) {
            if (x.overlaps(r.start(), r.end())) {
                return;
            }
        }
        out.add(r);
    }
}
