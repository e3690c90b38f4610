package org.eventwire.quote;

import java.util.Map;
import java.util.Set;

/** Reporting verbs and the channels statements travel by. Written here from news usage. */
final class SpeechLexicon {
    private SpeechLexicon() {
    }

    static final Set<String> VERBS = Set.copyOf(java.util.List.of("say", "tell", "add", "tweet", "write", "state", "note",
            "declare", "announce", "explain", "insist", "argue", "claim", "warn", "stress", "emphasize",
            "emphasise", "underscore", "ask", "reply", "respond", "continue", "conclude", "read",
            "report", "comment", "acknowledge", "admit", "recall", "urge", "vow", "promise",
            "predict", "suggest", "complain", "joke", "quip", "describe", "call", "condemn", "post",
            "testify", "assert", "maintain", "contend", "observe", "remark", "confirm", "deny",
            "recount", "shout", "retort", "counter", "concede", "caution", "allege", "charge",
            "accuse", "mention", "indicate", "reveal", "boast", "lament", "plead", "demand",
            "pledge", "learn", "blast", "slam", "praise", "criticize", "criticise", "tout", "brag",
            "wonder", "muse", "thunder", "scoff", "hit", "fire", "reiterate", "affirm", "emphasize",
            "underline", "highlight", "opine", "proclaim", "exclaim", "whisper", "sneer", "insist",
            "speak", "inform"));

    /** Verbs that report speech without a strong stance, preferred as the cue of a quote. */
    static final Set<String> NEUTRAL = Set.of("say", "tell", "add", "tweet", "write", "state", "note",
            "read", "post", "explain", "continue", "reply", "respond", "declare", "announce");

    /** Channel nouns, and the channel a verb implies. */
    static final Set<String> CHANNEL_NOUNS = Set.of("statement", "release", "tweet", "post", "letter",
            "communique", "communiqué", "interview", "speech", "briefing", "conference", "memo",
            "email", "e-mail", "message", "video", "broadcast", "op-ed", "column", "report", "filing",
            "affidavit", "podcast", "testimony", "address", "remarks");

    static final Map<String, String> VERB_CHANNEL = Map.of("tweet", "tweet", "post", "post",
            "write", "writing", "testify", "testimony", "read", "statement");

    static String channelOf(String noun, String modifier) {
        if (noun.equals("release") && modifier != null && modifier.equalsIgnoreCase("press")) {
            return "press release";
        }
        if (noun.equals("conference") || noun.equals("briefing")) {
            return "press conference";
        }
        return noun;
    }
}
