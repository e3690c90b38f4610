package org.eventwire.store;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eventwire.model.AnalyzedArticle;
import org.eventwire.model.Entity;
import org.eventwire.model.Event;
import org.eventwire.model.EventActor;
import org.eventwire.model.EventLocation;

/** An article-level event flattened into the columns of event_mentions. */
record CodedEvent(int mentionIdx, String extId, String cameo, String cameoName, String plover,
                  String ploverMode, double goldstein, int quadClass, String sourceCode,
                  String sourceName, String sourceEntityId, String sourceCountry,
                  String targetCode, String targetName, String targetEntityId,
                  String targetCountry, String dateText, LocalDate eventDate, MergeRule.Loc loc,
                  String locationReason, boolean background, boolean negated,
                  boolean hypothetical, boolean claimed, List<String> sourcing,
                  Integer evidenceStart, Integer evidenceEnd, String evidenceText,
                  boolean isRoot) {

    String mergeKey() {
        return MergeRule.mergeKey(cameo, sourceCode, targetCode, negated, hypothetical);
    }

    /** Flattens every event of the article; an event with no date takes the report date. */
    static List<CodedEvent> of(AnalyzedArticle a, String text, LocalDate reportDate) {
        Map<String, Entity> entities = new HashMap<>();
        for (Entity e : nn(a.entities())) {
            if (e != null && e.id() != null) {
                entities.putIfAbsent(e.id(), e);
            }
        }
        int leadEnd = Lead.end(text);
        List<Event> events = nn(a.events());
        java.util.ArrayList<CodedEvent> out = new java.util.ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            if (e == null) {
                continue;
            }
            EventActor s = e.source();
            EventActor t = e.target();
            EventLocation l = e.location();
            LocalDate date = ArticleKeys.date(e.date());
            Integer evStart = e.evidence() == null ? null : e.evidence().start();
            out.add(new CodedEvent(i, e.id(), e.cameo(), e.cameoName(), e.plover(), e.ploverMode(),
                    e.goldstein(), e.quadClass(),
                    code(s), s == null ? null : s.name(), s == null ? null : s.entityId(),
                    country(s, entities), code(t), t == null ? null : t.name(),
                    t == null ? null : t.entityId(), country(t, entities), e.date(),
                    date != null ? date : reportDate,
                    l == null ? new MergeRule.Loc(null, null, null, null)
                            : new MergeRule.Loc(l.name(), l.country(), l.lat(), l.lon()),
                    l == null ? null : l.reason(), e.background(), e.negated(), e.hypothetical(),
                    e.claimed(), nn(e.sourcing()), evStart,
                    e.evidence() == null ? null : e.evidence().end(),
                    e.evidence() == null ? null : e.evidence().text(),
                    evStart != null && evStart < leadEnd));
        }
        return out;
    }

    private static String code(EventActor a) {
        return a == null || a.code() == null || a.code().isBlank() ? null : a.code().strip();
    }

    /** The actor's country: from its entity's actor code, else the code's country part. */
    private static String country(EventActor a, Map<String, Entity> entities) {
        if (a == null) {
            return null;
        }
        Entity e = a.entityId() == null ? null : entities.get(a.entityId());
        if (e != null && e.actor() != null && e.actor().country() != null) {
            return e.actor().country();
        }
        return ActorCodes.country(a.code());
    }

    static <T> List<T> nn(List<T> l) {
        return l == null ? List.of() : l;
    }
}
