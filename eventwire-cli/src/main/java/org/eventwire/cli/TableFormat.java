package org.eventwire.cli;

import org.eventwire.model.AnalyzedArticle;
import org.eventwire.model.Entity;
import org.eventwire.model.Event;
import org.eventwire.model.Place;
import org.eventwire.model.Quote;

/** A readable summary of one analysed article, for people at a terminal. */
final class TableFormat {
    private TableFormat() {
    }

    static String render(AnalyzedArticle a) {
        StringBuilder b = new StringBuilder();
        b.append("== ").append(a.id());
        if (a.error() != null) {
            return b.append("  ERROR: ").append(a.error()).append('\n').toString();
        }
        b.append('\n');
        if (a.dateline() != null) {
            b.append(String.format("dateline  %s | %s | %s%n", a.dateline().place(), a.dateline().date(),
                    a.dateline().agency()));
        }
        for (Entity e : a.entities()) {
            b.append(String.format("entity    %-13s %-32s %-9s %s%n", e.type(), e.name(),
                    e.actor() == null ? "" : e.actor().code(), e.title() == null ? "" : e.title()));
        }
        for (Place p : a.places()) {
            b.append(String.format("place     %-32s %-4s %s%n", p.name(), p.country(),
                    p.lat() == null ? "" : String.format("%.3f,%.3f", p.lat(), p.lon())));
        }
        for (Quote q : a.quotes()) {
            b.append(String.format("quote     %-24s %s%n", q.speaker() == null ? "?" : q.speaker().name(),
                    clip(q.text(), 90)));
        }
        for (Event e : a.events()) {
            b.append(String.format("event     %s %-10s %-5s %-10s %s%s%n", e.date(),
                    e.source() == null ? "-" : e.source().code(), e.cameo(),
                    e.target() == null ? "-" : e.target().code(),
                    clip(e.evidence() == null ? "" : e.evidence().text(), 60),
                    e.background() ? "  [background]" : ""));
        }
        return b.toString();
    }

    private static String clip(String s, int n) {
        String one = s.replace('\n', ' ');
        return one.length() <= n ? one : one.substring(0, n - 1) + "…";
    }
}
