package org.eventwire.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
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
            if (eventId == null) {
                eventId = inStory(storyId, articleId, e);
            }
            if (eventId == null) {
                eventId = ids.nextEvent();
                insertMerged(eventId, storyId, e, articleId, url, addedAt);
                created++;
            }
            insertMention(articleId, eventId, e);
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

    /**
     * The merged event of the same story this one is the same act as ({@link SameAct}), told
     * by another report; null for none. Reports name one act at different depths ("police",
     * then "Greek police"), so the event joins when it is the same act as any telling of the
     * merged event, not only the first (dates drift from telling to telling); but its place and
     * actors must be compatible with every report of it (with one of that report's tellings, as
     * a report that tells the act twice, once vaguely, still agrees), so that "Greece" does not
     * bridge riots in Athens and in Thessaloniki, nor a telling with unknown actors Canadian and
     * American troops. Prefers the
     * same base code, then the event told by the most reports (one act told by many reports
     * should stay one event, not split by which telling came first), then the oldest event.
     * A place's feature (region, approximate) comes from the places stored with its report.
     */
    private Long inStory(long storyId, long articleId, CodedEvent e) throws SQLException {
        String root = MergeRule.cameoRoot(e.cameo());
        if (root == null) {
            return null;
        }
        PreparedStatement p = st.get("SELECT m.event_id, ev.cameo_base, m.cameo, m.source_code, "
                + "m.source_name, m.source_entity_id, m.target_code, m.target_name, m.target_entity_id, m.negated, m.hypothetical, m.event_date, "
                + "m.place_name, m.country, m.lat, m.lon, m.article_id, m.location_reason, "
                + PLACE_KIND.formatted("m.article_id", "m.place_name") + " AS place_kind "
                + "FROM events ev JOIN event_mentions m ON m.event_id = ev.event_id "
                + "WHERE ev.story_id = ? AND ev.cameo_root = ? AND ev.first_article_id <> ? "
                + "AND m.article_id <> ? ORDER BY m.event_id, m.article_id, m.mention_idx");
        p.setLong(1, storyId);
        p.setString(2, root);
        p.setLong(3, articleId);
        p.setLong(4, articleId);
        SameAct.Act act = newAct(articleId, e);
        String base = MergeRule.cameoBase(e.cameo());
        Long best = null;
        int bestRank = Integer.MAX_VALUE;
        long current = -1;
        boolean same = false;
        boolean placed = true;
        boolean sameBase = false;
        long teller = -1;
        boolean tellerAgrees = true;
        Set<Long> tellers = new TreeSet<>();
        try (ResultSet r = p.executeQuery()) {
            while (true) {
                boolean more = r.next();
                long id = more ? r.getLong("event_id") : -2;
                long article = more ? r.getLong("article_id") : -2;
                if (id != current || article != teller) {
                    placed &= tellerAgrees; // the report just read agrees through one of its tellings
                    teller = article;
                    tellerAgrees = false;
                }
                if (id != current) {
                    if (current >= 0 && same && placed) {
                        // same base first, then most reports; ties keep the oldest (first seen)
                        int rank = (sameBase ? 0 : 1_000_000) - tellers.size();
                        if (rank < bestRank) {
                            best = current;
                            bestRank = rank;
                        }
                    }
                    if (!more) {
                        break;
                    }
                    current = id;
                    same = false;
                    placed = true;
                    tellerAgrees = false;
                    tellers.clear();
                    sameBase = base.equals(r.getString("cameo_base"));
                }
                tellers.add(r.getLong("article_id"));
                SameAct.Act told = new SameAct.Act(r.getString("cameo"),
                        new SameAct.Actor(r.getString("source_code"), r.getString("source_name"),
                                r.getString("source_entity_id") != null),
                        new SameAct.Actor(r.getString("target_code"), r.getString("target_name"),
                                r.getString("target_entity_id") != null),
                        r.getBoolean("negated"), r.getBoolean("hypothetical"),
                        Sql.localDate(r, "event_date"), new MergeRule.Loc(r.getString("place_name"),
                        r.getString("country"), Sql.dbl(r, "lat"), Sql.dbl(r, "lon")),
                        SameAct.placeKind(r.getString("place_kind"), r.getString("location_reason")));
                same |= SameAct.same(act, told);
                tellerAgrees |= SameAct.placesCompatible(act, told) && SameAct.actorsCompatible(act.source(), told.source())
                        && SameAct.actorsCompatible(act.target(), told.target());
            }
        }
        return best;
    }

    // SameAct's place kind of a mention's place, from the places stored with its report
    private static final String PLACE_KIND = "(SELECT CASE WHEN bool_or(pl.approximate) THEN 'approximate' "
            + "WHEN bool_or(pl.feature = 'region') THEN 'region' END FROM places pl "
            + "WHERE pl.article_id = %s AND pl.name = %s)";

    /** The new event as {@link SameAct} sees it, its report's places already stored. */
    private SameAct.Act newAct(long articleId, CodedEvent e) throws SQLException {
        String kind = null;
        if (e.loc().name() != null) {
            PreparedStatement p = st.get("SELECT " + PLACE_KIND.formatted("?", "?"));
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
