package org.eventwire.coding;

/**
 * A dictionary pattern that marks the verb's own subject as the target ("NOTED + *": "Falastur
 * noted that Cirith Ungol regretted ..."): the subject is what the event is about, so the source
 * is the subject of the clause the verb is reported in, as PETRARCH reads such patterns.
 */
final class PatternTargetSubject {
    private PatternTargetSubject() {
    }

    /** The token of the reporting clause's subject, or -1 when the pattern does not mark the verb's subject. */
    static int reporter(Sent s, VerbMatcher.Match m, int v, int subj) {
        if (m.pattern() == null || m.targetAt() < 0 || m.sourceAt() >= 0 || subj < 0 || m.targetAt() >= v
                || !(m.targetAt() == subj || s.dominates(subj, m.targetAt()))) {
            return -1;
        }
        // climb to the clause that reports this one and take its subject
        for (int x = s.head[v], guard = 0; x >= 0 && guard < 6; x = s.head[x], guard++) {
            if (s.isVerb(x)) {
                int up = ClauseRoles.subjectOf(s, x);
                if (up >= 0 && up != subj && !s.dominates(subj, up)) {
                    return up;
                }
            }
        }
        return -1;
    }
}
