package org.eventwire.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.eventwire.store.story.SameAct;

/**
 * Writes an article's coded events to event_mentions, each pointing to the merged event it
 * joins ({@link MergeRule}) or to a new one, then refreshes the counts of the merged events it
 * touched. Runs inside the article's transaction.
 */
final class EventWriter {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Connection c;
    private final Statements st;
    private final Ids ids;

    EventWriter(Connection c, Statements st, Ids ids) {
        this.c = c;
        this.st = st;
        this.ids = ids;
    }

    /** Returns {mentions written, merged events created}. */
    int[] write(long articleId, long storyId, List<CodedEvent> events, String url, String addedAt)
            throws SQLException {
        Set<Long> touched = new TreeSet<>();
        int created = 0;
        for (CodedEvent e : events) {
            Long eventId = findMerged(e);
            Join join = null;
            if (eventId == null) {
                join = inStory(storyId, articleId, e);
                eventId = join == null ? null : join.eventId();
            }
            if (eventId == null) {
                eventId = ids.nextEvent();
                insertMerged(eventId, storyId, e, articleId, url, addedAt);
                created++;
            }
            insertMention(articleId, eventId, e);
            if (join != null) {
                eventId = rejoin(articleId, join, touched);
            }
            touched.add(eventId);
        }
        refresh(touched);
        return new int[] {events.size(), created};
    }

    /** The merged event this one joins, null for none; fills in its place if it had none. */
    private Long findMerged(CodedEvent e) throws SQLException {
        if (e.eventDate() == null) {
            return null;
        }
        Long best = null;
        int bestRank = Integer.MAX_VALUE;
        MergeRule.Loc bestLoc = null;
        PreparedStatement p = st.get("SELECT event_id, event_date, place_name, "
                + "country, lat, lon FROM events WHERE merge_key = ? AND event_date BETWEEN "
                + "CAST(? AS DATE) AND CAST(? AS DATE) ORDER BY event_id");
        p.setString(1, e.mergeKey());
        Sql.date(p, 2, e.eventDate().minusDays(MergeRule.DATE_WINDOW_DAYS));
        Sql.date(p, 3, e.eventDate().plusDays(MergeRule.DATE_WINDOW_DAYS));
        try (ResultSet r = p.executeQuery()) {
            while (r.next()) {
                MergeRule.Loc loc = new MergeRule.Loc(r.getString("place_name"),
                        r.getString("country"), Sql.dbl(r, "lat"), Sql.dbl(r, "lon"));
                LocalDate d = Sql.localDate(r, "event_date");
                if (!MergeRule.datesClose(d, e.eventDate())
                        || !MergeRule.locationsCompatible(loc, e.loc())) {
                    continue;
                }
                // known same place first, then nearest date; ties keep the oldest
                boolean placeMatch = loc.known() && e.loc().known();
                int rank = (placeMatch ? 0 : 10)
                        + (int) Math.abs(d.toEpochDay() - e.eventDate().toEpochDay());
                if (rank < bestRank) {
                    best = r.getLong("event_id");
                    bestRank = rank;
                    bestLoc = loc;
                }
            }
        }
        if (best != null && !bestLoc.known() && e.loc().known()) {
            PreparedStatement u = st.get("UPDATE events SET place_name = ?, "
                    + "country = coalesce(country, ?), lat = ?, lon = ? WHERE event_id = ?");
            Sql.str(u, 1, e.loc().name());
            Sql.str(u, 2, e.loc().country());
            Sql.dbl(u, 3, e.loc().lat());
            Sql.dbl(u, 4, e.loc().lon());
            u.setLong(5, best);
            u.executeUpdate();
        }
        return best;
    }

    /** The merged event a coded event joins inside its story, and the story's events it was read against. */
    private record Join(long eventId, SameAct.Act act, Map<Long, StoryTellings.Merged> events) {
    }

    /**
     * The merged event of the same story this one is the same act as ({@link SameAct}), told
     * by another report; null for none. Reports name one act at different depths ("police",
     * then "Greek police"), so the event joins when it is the same act as any telling of the
     * merged event, not only the first (dates drift from telling to telling); but its place and
     * actors must agree with every report of it ({@link StoryTellings#fits}). Prefers the
     * same base code, then the event told by the most reports (one act told by many reports
     * should stay one event, not split by which telling came first), then the oldest event.
     * A place's feature (region, approximate) comes from the places stored with its report.
     */
    private Join inStory(long storyId, long articleId, CodedEvent e) throws SQLException {
        String root = MergeRule.cameoRoot(e.cameo());
        if (root == null) {
            return null;
        }
        Map<Long, StoryTellings.Merged> events = StoryTellings.read(st, storyId, root);
        SameAct.Act act = newAct(articleId, e);
        String base = MergeRule.cameoBase(e.cameo());
        Long best = null;
        int bestRank = Integer.MAX_VALUE;
        for (StoryTellings.Merged m : events.values()) {
            if (m.firstArticleId() == articleId) {
                continue;
            }
            Set<Long> tellers = StoryTellings.fits(act, articleId, m);
            if (tellers.isEmpty()) {
                continue;
            }
            // same base first, then most reports; ties keep the oldest (first seen)
            int rank = (base.equals(m.base()) ? 0 : 1_000_000) - tellers.size();
            if (rank < bestRank) {
                best = m.eventId();
                bestRank = rank;
            }
        }
        return best == null ? null : new Join(best, act, events);
    }

    /**
     * Arrival order made two merged events of one act: the event the new telling joined, and
     * another it fits as well that was first told before a report bridging them. They become
     * one when every telling of one agrees with every telling of the other: the mentions of the
     * lower id move to the higher (a deleted id is never the highest, so a reopened store numbers
     * new events as one kept open), whose row describes the oldest event's first telling (its
     * codes and actors; its date and place, else the other's) and whose counts are then
     * recounted; the lower row goes.
     * Returns the event kept.
     */
    private long rejoin(long articleId, Join j, Set<Long> touched) throws SQLException {
        long kept = j.eventId();
        long origin = kept; // the event whose first telling the kept row describes: the oldest joined
        List<StoryTellings.Telling> keptTellings = new ArrayList<>(j.events().get(kept).tellings());
        keptTellings.add(new StoryTellings.Telling(articleId, j.act()));
        for (StoryTellings.Merged other : j.events().values()) {
            if (other.eventId() == j.eventId() || StoryTellings.fits(j.act(), articleId, other).isEmpty()
                    || !StoryTellings.compatible(keptTellings, other.tellings())) {
                continue;
            }
            // the act keeps the higher id (so the highest id is never deleted and a reopened store
            // numbers new events as one kept open) and the oldest event's first telling
            long keep = Math.max(kept, other.eventId());
            long drop = Math.min(kept, other.eventId());
            long describedBy = other.eventId() < origin ? other.eventId() : kept;
            if (describedBy == keep) {
                fill(keep, drop);
            } else {
                copy(keep, drop);
            }
            origin = Math.min(origin, other.eventId());
            PreparedStatement move = st.get("UPDATE event_mentions SET event_id = ? WHERE event_id = ?");
            move.setLong(1, keep);
            move.setLong(2, drop);
            move.executeUpdate();
            PreparedStatement gone = st.get("DELETE FROM events WHERE event_id = ?");
            gone.setLong(1, drop);
            gone.executeUpdate();
            touched.remove(drop);
            keptTellings.addAll(other.tellings());
            kept = keep;
        }
        return kept;
    }

    /** The row {@code to} takes the description of {@code from}, keeping its own place and date where {@code from} had none. */
    private void copy(long to, long from) throws SQLException {
        PreparedStatement p = st.get("UPDATE events SET merge_key = o.merge_key, cameo = o.cameo, "
                + "cameo_base = o.cameo_base, cameo_root = o.cameo_root, cameo_name = o.cameo_name, "
                + "plover = o.plover, plover_mode = o.plover_mode, quad_class = o.quad_class, "
                + "goldstein = o.goldstein, source_code = o.source_code, source_name = o.source_name, "
                + "source_country = o.source_country, target_code = o.target_code, "
                + "target_name = o.target_name, target_country = o.target_country, "
                + "negated = o.negated, hypothetical = o.hypothetical, "
                + "first_article_id = o.first_article_id, source_url = o.source_url, added_at = o.added_at, "
                + "event_date = coalesce(o.event_date, events.event_date), "
                + "place_name = CASE WHEN " + NO_PLACE + " THEN events.place_name ELSE o.place_name END, "
                + "country = CASE WHEN " + NO_PLACE + " THEN coalesce(events.country, o.country) ELSE o.country END, "
                + "lat = CASE WHEN " + NO_PLACE + " THEN events.lat ELSE o.lat END, "
                + "lon = CASE WHEN " + NO_PLACE + " THEN events.lon ELSE o.lon END "
                + "FROM events o WHERE events.event_id = ? AND o.event_id = ?");
        p.setLong(1, to);
        p.setLong(2, from);
        p.executeUpdate();
    }

    /** The row {@code to} takes the place and date of {@code from} where it had none. */
    private void fill(long to, long from) throws SQLException {
        PreparedStatement place = st.get("UPDATE events SET place_name = o.place_name, "
                + "country = coalesce(events.country, o.country), lat = o.lat, lon = o.lon FROM events o "
                + "WHERE events.event_id = ? AND o.event_id = ? AND events.place_name IS NULL "
                + "AND events.lat IS NULL AND NOT " + NO_PLACE);
        place.setLong(1, to);
        place.setLong(2, from);
        place.executeUpdate();
        PreparedStatement date = st.get("UPDATE events SET event_date = o.event_date FROM events o "
                + "WHERE events.event_id = ? AND o.event_id = ? AND events.event_date IS NULL");
        date.setLong(1, to);
        date.setLong(2, from);
        date.executeUpdate();
    }

    private static final String NO_PLACE = "(o.place_name IS NULL AND o.lat IS NULL)";

    /** The new event as {@link SameAct} sees it, its report's places already stored. */
    private SameAct.Act newAct(long articleId, CodedEvent e) throws SQLException {
        String kind = null;
        if (e.loc().name() != null) {
            PreparedStatement p = st.get("SELECT " + StoryTellings.PLACE_KIND.formatted("?", "?"));
            p.setLong(1, articleId);
            p.setString(2, e.loc().name());
            try (ResultSet r = p.executeQuery()) {
                kind = r.next() ? r.getString(1) : null;
            }
        }
        return new SameAct.Act(e.cameo(), new SameAct.Actor(e.sourceCode(), e.sourceName(), e.sourceEntityId() != null),
                new SameAct.Actor(e.targetCode(), e.targetName(), e.targetEntityId() != null), e.negated(), e.hypothetical(),
                e.eventDate(), e.loc(), SameAct.placeKind(kind, e.locationReason()));
    }

    private void insertMerged(long eventId, long storyId, CodedEvent e, long articleId, String url,
                              String addedAt) throws SQLException {
        PreparedStatement p = st.get(Sql.insert("events", "event_id, "
                + "merge_key, cameo, cameo_base, cameo_root, cameo_name, plover, plover_mode, quad_class, "
                + "goldstein, source_code, source_name, source_country, target_code, target_name, "
                + "target_country, event_date::DATE, place_name, country, lat, lon, negated, "
                + "hypothetical, is_root, num_mentions, num_sources, num_articles, first_article_id, "
                + "source_url, added_at::TIMESTAMP, story_id"));
        int i = 1;
        p.setLong(i++, eventId);
        p.setString(i++, e.mergeKey());
        Sql.str(p, i++, e.cameo());
        Sql.str(p, i++, MergeRule.cameoBase(e.cameo()));
        Sql.str(p, i++, MergeRule.cameoRoot(e.cameo()));
        Sql.str(p, i++, e.cameoName());
        Sql.str(p, i++, e.plover());
        Sql.str(p, i++, e.ploverMode());
        p.setInt(i++, e.quadClass());
        p.setDouble(i++, e.goldstein());
        Sql.str(p, i++, e.sourceCode());
        Sql.str(p, i++, e.sourceName());
        Sql.str(p, i++, e.sourceCountry());
        Sql.str(p, i++, e.targetCode());
        Sql.str(p, i++, e.targetName());
        Sql.str(p, i++, e.targetCountry());
        Sql.date(p, i++, e.eventDate());
        Sql.str(p, i++, e.loc().name());
        Sql.str(p, i++, e.loc().country());
        Sql.dbl(p, i++, e.loc().lat());
        Sql.dbl(p, i++, e.loc().lon());
        p.setBoolean(i++, e.negated());
        p.setBoolean(i++, e.hypothetical());
        p.setBoolean(i++, e.isRoot());
        for (int k = 0; k < 3; k++) {
            p.setInt(i++, 0); // counts: refreshed once the mention is in
        }
        p.setLong(i++, articleId);
        Sql.str(p, i++, url);
        p.setString(i++, addedAt);
        p.setLong(i, storyId);
        p.executeUpdate();
    }

    private void insertMention(long articleId, long eventId, CodedEvent e) throws SQLException {
        PreparedStatement p = st.get(Sql.insert("event_mentions",
                "article_id, mention_idx, event_id, ext_event_id, cameo, cameo_name, plover, "
                + "plover_mode, goldstein, quad_class, source_code, source_name, source_entity_id, "
                + "source_country, target_code, target_name, target_entity_id, target_country, "
                + "date_text, event_date::DATE, place_name, country, lat, lon, location_reason, "
                + "background, negated, hypothetical, claimed, sourcing, evidence_start, "
                + "evidence_end, evidence_text, is_root"));
        int i = 1;
        p.setLong(i++, articleId);
        p.setInt(i++, e.mentionIdx());
        p.setLong(i++, eventId);
        Sql.str(p, i++, e.extId());
        Sql.str(p, i++, e.cameo());
        Sql.str(p, i++, e.cameoName());
        Sql.str(p, i++, e.plover());
        Sql.str(p, i++, e.ploverMode());
        p.setDouble(i++, e.goldstein());
        p.setInt(i++, e.quadClass());
        Sql.str(p, i++, e.sourceCode());
        Sql.str(p, i++, e.sourceName());
        Sql.str(p, i++, e.sourceEntityId());
        Sql.str(p, i++, e.sourceCountry());
        Sql.str(p, i++, e.targetCode());
        Sql.str(p, i++, e.targetName());
        Sql.str(p, i++, e.targetEntityId());
        Sql.str(p, i++, e.targetCountry());
        Sql.str(p, i++, e.dateText());
        Sql.date(p, i++, e.eventDate());
        Sql.str(p, i++, e.loc().name());
        Sql.str(p, i++, e.loc().country());
        Sql.dbl(p, i++, e.loc().lat());
        Sql.dbl(p, i++, e.loc().lon());
        Sql.str(p, i++, e.locationReason());
        p.setBoolean(i++, e.background());
        p.setBoolean(i++, e.negated());
        p.setBoolean(i++, e.hypothetical());
        p.setBoolean(i++, e.claimed());
        Sql.str(p, i++, json(e.sourcing()));
        Sql.integer(p, i++, e.evidenceStart());
        Sql.integer(p, i++, e.evidenceEnd());
        Sql.str(p, i++, e.evidenceText());
        p.setBoolean(i, e.isRoot());
        p.executeUpdate();
    }

    /** Recomputes the GDELT-style counts and report span of the given merged events. */
    private void refresh(Set<Long> eventIds) throws SQLException {
        if (eventIds.isEmpty()) {
            return;
        }
        try (PreparedStatement p = c.prepareStatement("UPDATE events SET num_mentions = s.m, "
                + "num_articles = s.a, num_sources = s.src, first_report = s.f, last_report = s.l, "
                + "is_root = s.root FROM (SELECT em.event_id, count(*) AS m, "
                + "count(DISTINCT em.article_id) AS a, "
                + "count(DISTINCT coalesce(ar.source_key, 'article:' || ar.article_id)) AS src, "
                + "min(coalesce(ar.report_date, em.event_date)) AS f, "
                + "max(coalesce(ar.report_date, em.event_date)) AS l, bool_or(em.is_root) AS root "
                + "FROM event_mentions em JOIN articles ar ON ar.article_id = em.article_id "
                + "WHERE em.event_id IN (" + Sql.marks(eventIds.size()) + ") GROUP BY em.event_id) s "
                + "WHERE events.event_id = s.event_id")) {
            int i = 1;
            for (long id : eventIds) {
                p.setLong(i++, id);
            }
            p.executeUpdate();
        }
    }

    private static String json(List<String> l) {
        try {
            return l.isEmpty() ? null : JSON.writeValueAsString(l);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
