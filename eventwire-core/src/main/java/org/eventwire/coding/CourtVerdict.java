package org.eventwire.coding;

/**
 * Verdicts and sentences told without the court: "he was sentenced to life in prison", "she
 * was convicted of murder", "was found guilty" (CAMEO 116, find guilty). The implied doer is the
 * judiciary of the place's country (JUD), as the police are for an agentless arrest
 * ({@link AgentlessPassive}); the convicted is the passive subject.
 */
final class CourtVerdict {
    private CourtVerdict() {
    }

    /** Codes whose agentless passive implies a court. */
    static boolean applies(String code) {
        return code != null && code.startsWith("116");
    }

    /** The implied court of a country. */
    static FoundActor court(String country, Sent s, int v) {
        return new FoundActor(country + "JUD", v, v, v,
                "implied agent: the court of " + country + " (agentless passive '" + s.word[v] + "')", false);
    }
}
