package org.eventwire.quote;

import org.eventwire.model.Entity;
import org.eventwire.model.Mention;
import org.eventwire.pipeline.ArticleContext;

/** "“...” ― Sonya Herridge": a quote signed with a dash and a name right after it. */
final class DashAttribution {
    private static final int REACH = 6;

    private DashAttribution() {
    }

    static SpeakerFinder.Found after(ArticleContext ctx, QuoteSpans.Span q) {
        String t = ctx.text();
        int i = q.end();
        int limit = Math.min(t.length(), q.end() + REACH);
        boolean dash = false;
        while (i < limit && !Character.isLetter(t.charAt(i))) {
            char c = t.charAt(i);
            if (c == '\n') {
                return null;
            }
            dash |= c == '―' || c == '—' || c == '–' || c == '-';
            i++;
        }
        if (!dash || i >= t.length()) {
            return null;
        }
        Entity e = ctx.entityAt(i);
        if (e == null || !(e.type().equals("PERSON") || e.type().equals("ORGANIZATION"))) {
            return null;
        }
        for (Mention m : e.mentions()) {
            if (m.start() <= i && i < m.end()) {
                return new SpeakerFinder.Found(e, m.start(), m.end(), e.name(), null, m.kind());
            }
        }
        return null;
    }
}
