package org.eventwire.entity;

import org.eventwire.nlp.ParsedSentence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs where the 3-class model cuts a name or runs two together: a first name it left out
 * after a title ("President Recep Tayyip Erdoğan"); an organisation cut at a hyphen or dash
 * ("African Export–Import Bank"); an organisation run into the person after it ("Amnesty
 * International Man-kei Tam said", "told NPR Hamza bin Laden"); and a country or portfolio read
 * as a name where it only modifies a title ("Interior Minister", "President of Kenya").
 */
final class NameBoundaries {
    /** Last words of organisation names, after which a person's name may follow. */
    private static final Set<String> ORG_ENDS = Set.of("international", "party", "union", "council", "bank",
            "agency", "organization", "organisation", "institute", "committee", "commission", "foundation",
            "ministry", "department", "office", "court", "association", "fund", "front", "movement", "army",
            "forces", "news", "times", "post", "watch", "network", "service", "university", "group");
    private static final Pattern DASHED_BEFORE = Pattern.compile("((?:\\p{Lu}[\\p{L}]+ )*\\p{Lu}[\\p{L}]+)[–-]$");

    private static final Set<String> INSTITUTIONS = Set.of("assembly", "tribunal", "senate", "parliament",
            "congress", "police", "guard", "corps", "authority", "board", "chamber", "cabinet", "government");
    private static final Pattern OF_NAME = Pattern.compile(" of (?:the )?\\p{Lu}[\\p{L}]+(?: \\p{Lu}[\\p{L}]+){0,2}");
    private static final Pattern TITLE_OF = Pattern.compile(
            "(?i)\\b(president|prime minister|premier|king|queen|emir|minister|governor|mayor|leader|head|ruler|chancellor)"
                    + "\\s+of\\s+(the\\s+)?$");

    private NameBoundaries() {
    }

    /** The mention with its boundaries repaired; may return two mentions or none. */
    static List<RawMention> repair(RawMention r, String text, List<ParsedSentence> sentences) {
        List<RawMention> out = new ArrayList<>(2);
        if (r.type().equals("LOCATION")) {
            // "President of Freedonia Maria Odera" read as one place: the last two words are a person
            RawMention person = countryAfterTitle(r, text, out);
            if (person != r && FirstNames.gender(person.text()) != 0) {
                out.add(new RawMention("PERSON", person.start(), person.end(), person.text(), person.kind()));
                return out;
            }
            out.clear();
        } else {
            String thing = NonActors.kind(r, text);
            if (thing != null) {
                if (thing.equals("PLACE")) {
                    out.add(new RawMention("LOCATION", r.start(), r.end(), r.text(), r.kind()));
                }
                return out;
            }
        }
        if (r.type().equals("PERSON")) {
            r = countryAfterTitle(r, text, out);
            r = firstNameAfterTitle(r, text, sentences);
            if (!splitLeadingAcronym(r, text, out)) {
                out.add(r);
            }
            return out;
        }
        if (r.type().equals("ORGANIZATION")) {
            r = dashed(r, text);
            r = ofPlace(r, text);
            if (isPortfolioBeforeTitle(r, text)) {
                return out;
            }
            if (!splitTrailingPerson(r, text, sentences, out)) {
                out.add(r);
            }
            return out;
        }
        out.add(r);
        return out;
    }

    /**
     * "President of Kenya Amani Odera" read as the person "Kenya Amani Odera": the words after
     * "title of" up to the last two are the country, not the name.
     */
    private static RawMention countryAfterTitle(RawMention r, String text, List<RawMention> out) {
        String before = text.substring(Math.max(0, r.start() - 40), r.start());
        String[] words = r.text().split(" ");
        if (words.length < 3 || !TITLE_OF.matcher(before).find()) {
            return r;
        }
        int drop = words.length - 2;
        int cut = r.start() + String.join(" ", java.util.Arrays.copyOf(words, drop)).length();
        out.add(new RawMention("LOCATION", r.start(), cut, text.substring(r.start(), cut), r.kind()));
        return new RawMention(r.type(), cut + 1, r.end(), text.substring(cut + 1, r.end()), r.kind());
    }

    /** "National Assembly" before "of Freedonia", "Supreme Court" before "of Kenya": the name goes on. */
    private static RawMention ofPlace(RawMention r, String text) {
        String[] words = r.text().split(" ");
        String last = words[words.length - 1].toLowerCase(Locale.ROOT);
        if (!ORG_ENDS.contains(last) && !INSTITUTIONS.contains(last)) {
            return r;
        }
        Matcher m = OF_NAME.matcher(text.substring(r.end(), Math.min(text.length(), r.end() + 60)));
        if (!m.lookingAt()) {
            return r;
        }
        int end = r.end() + m.end();
        return new RawMention(r.type(), r.start(), end, text.substring(r.start(), end), r.kind());
    }

    /** "President Recep Tayyip Erdoğan" when the model found only "Tayyip Erdoğan". */
    private static RawMention firstNameAfterTitle(RawMention r, String text, List<ParsedSentence> sentences) {
        ParsedSentence s = Sentences.at(sentences, r.start());
        if (s == null) {
            return r;
        }
        int first = s.tokenAt(r.start());
        if (first < 2) {
            return r;
        }
        int prev = first - 1;
        String w = s.word(prev);
        if (s.tag(prev).equals("NNP") && "O".equals(s.ner(prev)) && Character.isUpperCase(w.charAt(0))
                && !Lexicon.isTitleWord(w) && Lexicon.isTitleHead(s.word(prev - 1)) && s.end(prev) + 1 == r.start()) {
            return new RawMention(r.type(), s.begin(prev), r.end(), text.substring(s.begin(prev), r.end()), r.kind());
        }
        return r;
    }

    /** "NPR Hamza bin Laden": an all-capitals first word before a person's name is an organisation. */
    private static boolean splitLeadingAcronym(RawMention r, String text, List<RawMention> out) {
        String[] words = r.text().split(" ");
        if (words.length < 3 || !words[0].matches("\\p{Lu}{2,5}")) {
            return false;
        }
        int cut = r.start() + words[0].length();
        out.add(new RawMention("ORGANIZATION", r.start(), cut, words[0], r.kind()));
        out.add(new RawMention("PERSON", cut + 1, r.end(), text.substring(cut + 1, r.end()), r.kind()));
        return true;
    }

    /** "Import Bank" after "African Export–": the name goes on across the dash. */
    private static RawMention dashed(RawMention r, String text) {
        String before = text.substring(Math.max(0, r.start() - 60), r.start());
        Matcher m = DASHED_BEFORE.matcher(before);
        if (!m.find()) {
            return r;
        }
        int start = r.start() - before.length() + m.start(1);
        return new RawMention(r.type(), start, r.end(), text.substring(start, r.end()), r.kind());
    }

    /** "Interior" in "Interior Minister", "Defence" in "the Defence Secretary": a portfolio, not a body. */
    private static boolean isPortfolioBeforeTitle(RawMention r, String text) {
        if (!Lexicon.PORTFOLIOS.contains(r.text().toLowerCase(Locale.ROOT))) {
            return false;
        }
        String after = text.substring(r.end(), Math.min(text.length(), r.end() + 20));
        return after.matches("(?s)\\s+(Minister|Secretary|minister|secretary)\\b.*");
    }

    /** "Amnesty International Man-kei Tam said": an organisation, then the person who speaks for it. */
    private static boolean splitTrailingPerson(RawMention r, String text, List<ParsedSentence> sentences,
                                               List<RawMention> out) {
        String[] words = r.text().split(" ");
        for (int i = 1; i < words.length - 1; i++) {
            if (!ORG_ENDS.contains(words[i].toLowerCase(Locale.ROOT))) {
                continue;
            }
            int tail = words.length - 1 - i;
            if (tail > 3 || !followedByVerbOrComma(r, sentences)) {
                return false;
            }
            for (int j = i + 1; j < words.length; j++) {
                if (!Character.isUpperCase(words[j].charAt(0)) || ORG_ENDS.contains(words[j].toLowerCase(Locale.ROOT))
                        || Lexicon.isTitleWord(words[j])) {
                    return false;
                }
            }
            int cut = r.start() + String.join(" ", java.util.Arrays.copyOf(words, i + 1)).length();
            out.add(new RawMention("ORGANIZATION", r.start(), cut, text.substring(r.start(), cut), r.kind()));
            out.add(new RawMention("PERSON", cut + 1, r.end(), text.substring(cut + 1, r.end()), r.kind()));
            return true;
        }
        return false;
    }

    private static boolean followedByVerbOrComma(RawMention r, List<ParsedSentence> sentences) {
        ParsedSentence s = Sentences.at(sentences, r.start());
        if (s == null) {
            return false;
        }
        int last = s.tokenAt(r.end() - 1);
        if (last < 0 || last + 1 >= s.size()) {
            return false;
        }
        String tag = s.tag(last + 1);
        return tag.startsWith("VB") || tag.equals(",") || tag.equals("MD");
    }
}
