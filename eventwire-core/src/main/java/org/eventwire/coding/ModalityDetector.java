package org.eventwire.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the words that make an event something other than plain fact: negation ("did not
 * condemn"), condition or hypothesis ("ready to attack ... if", "would"), claims ("claimed
 * to have removed", "allegedly"), and intent ("will", "vowed to", "threatened to"), which
 * CAMEO codes as intent (03) or threat (13) rather than as the act itself.
 */
public final class ModalityDetector {
    /** The flags of one event and whether it is an announced intent rather than a deed. */
    public record Reading(List<CodedEvent.Cue> cues, boolean intent, boolean refused, boolean threat) {
        public boolean has(String flag) {
            return cues.stream().anyMatch(c -> c.flag().equals(flag));
        }
    }

    private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no");
    private static final Set<String> HYPOTHETICAL_AUX = Set.of("would", "could", "might", "may", "should");
    private static final Set<String> CONDITION_MARKS = Set.of("if", "unless");
    private static final Set<String> CLAIM_VERBS = Set.of("claim", "allege", "purport");
    private static final Set<String> CLAIM_ADVERBS = Set.of("reportedly", "allegedly", "purportedly", "apparently");
    private static final Set<String> INTENT_VERBS = Set.of("threaten", "vow", "pledge", "promise", "plan",
            "intend", "offer", "agree", "warn", "prepare", "want", "seek", "propose");
    private static final Set<String> INTENT_ADJ = Set.of("ready", "willing", "prepared", "poised", "determined");
    private static final Set<String> REFUSE_VERBS = Set.of("refuse", "decline", "fail", "reject");

    public Reading read(Sent s, int v) {
        List<CodedEvent.Cue> cues = new ArrayList<>();
        boolean intent = false;
        boolean refused = false;
        boolean threat = false;
        // the verb and the chain of verbs and adjectives that govern it through control ("ready to attack")
        for (int x = v, depth = 0; x >= 0 && depth < 4; depth++) {
            for (int c : s.children(x)) {
                String w = s.lemma[c];
                String r = s.rel[c];
                if ((r.equals("advmod") || r.equals("neg") || r.equals("det")) && NEGATORS.contains(w)
                        && (r.equals("det") ? false : true)) {
                    cues.add(new CodedEvent.Cue("NEGATED", c, c));
                } else if (r.startsWith("aux") && HYPOTHETICAL_AUX.contains(w)) {
                    cues.add(new CodedEvent.Cue("HYPOTHETICAL", c, c));
                    intent = true;
                } else if (r.startsWith("aux") && (w.equals("will") || w.equals("shall") || s.word[c].equals("'ll"))) {
                    intent = true;
                } else if (r.equals("advcl") && hasMark(s, c, CONDITION_MARKS)) {
                    int mk = markOf(s, c);
                    cues.add(new CodedEvent.Cue("HYPOTHETICAL", mk, mk));
                    // "will withdraw its force unless ...": a deed announced as a penalty is a threat
                    threat |= s.lemma[mk].equals("unless");
                } else if (r.equals("advmod") && CLAIM_ADVERBS.contains(w)) {
                    cues.add(new CodedEvent.Cue("CLAIMED", c, c));
                }
            }
            if (x != v) {
                String w = s.lemma[x];
                if (CLAIM_VERBS.contains(w)) {
                    cues.add(new CodedEvent.Cue("CLAIMED", x, x));
                } else if (INTENT_VERBS.contains(w) || INTENT_ADJ.contains(w)) {
                    intent = true;
                    if (INTENT_ADJ.contains(w)) {
                        cues.add(new CodedEvent.Cue("HYPOTHETICAL", x, x));
                    }
                } else if (REFUSE_VERBS.contains(w)) {
                    refused = true;
                    cues.add(new CodedEvent.Cue("NEGATED", x, x));
                }
            }
            if (!s.rel[x].equals("xcomp") && !(x == v && s.rel[x].equals("conj"))) {
                break;
            }
            x = s.head[x];
        }
        boolean negated = cues.stream().anyMatch(c -> c.flag().equals("NEGATED"));
        // "will not accept", "would not meet": an announced refusal
        refused |= negated && intent;
        return new Reading(List.copyOf(cues), intent, refused, threat && intent);
    }

    private static boolean hasMark(Sent s, int c, Set<String> marks) {
        return markOf(s, c) >= 0 && marks.contains(s.lemma[markOf(s, c)]);
    }

    private static int markOf(Sent s, int c) {
        return s.child(c, "mark");
    }

    /**
     * The CAMEO code for an announced intent to do what code names: cooperation becomes
     * intent to cooperate (03), force and coercion become threats (13); other codes stay.
     */
    public static String threatCode(String code) {
        String root = code.substring(0, 2);
        if (root.compareTo("09") < 0) {
            return code.startsWith("087") ? "136" : "131";
        }
        return intentCode(code);
    }

    public static String intentCode(String code) {
        String root = code.substring(0, 2);
        switch (root) {
            case "04": return "036";
            case "05": return "032";
            case "06": return "031";
            case "07": return code.startsWith("071") ? "0331" : code.startsWith("072") ? "0332"
                    : code.startsWith("073") ? "0333" : code.startsWith("074") ? "0334" : "033";
            case "08": return code.startsWith("084") ? "0353" : code.startsWith("085") ? "0354"
                    : code.startsWith("087") ? "0356" : "035";
            case "14": return "133";
            case "15", "18", "19", "20": return "138";
            case "16": return code.startsWith("161") ? "1313" : code.startsWith("162") ? "1311"
                    : code.startsWith("163") ? "1312" : code.startsWith("166") ? "136" : "131";
            case "17": return code.startsWith("1723") ? "1323" : code.startsWith("1724") ? "1324"
                    : code.startsWith("172") ? "132" : code.startsWith("171") ? "131" : "137";
            default: return code;
        }
    }

    /** The CAMEO code for refusing to do what code names (12x), or the code itself. */
    public static String refusalCode(String code) {
        String root = code.substring(0, 2);
        switch (root) {
            case "03", "05": return "120";
            case "04": return "125";
            case "06": return "121";
            case "07": return "122";
            case "08": return code.startsWith("084") ? "1243" : "124";
            // "will not be tolerated" is the warning itself, not a refusal
            case "12", "13": return code;
            // refusing to deploy or to attack is no deployment or attack: a rejection
            default: return "120";
        }
    }
}
