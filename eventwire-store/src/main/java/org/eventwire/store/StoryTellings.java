package org.eventwire.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.eventwire.store.story.SameAct;

/**
 * The tellings (event mentions) of a story's merged events of one CAMEO root, as {@link SameAct}
 * sees them, grouped by merged event in id order (oldest first). Read once per coded event.
 */
final class StoryTellings {
    /** One report's telling of a merged event. */
    record Telling(long articleId, SameAct.Act act) {
    }

    /** A merged event of the story: its base code, its first report, its tellings. */
    record Merged(long eventId, String base, long firstArticleId, List<Telling> tellings) {
    }

    // SameAct's place kind of a mention's place, from the places stored with its report
    static final String PLACE_KIND = "(SELECT CASE WHEN bool_or(pl.approximate) THEN 'approximate' "
            + "WHEN bool_or(pl.feature = 'region') THEN 'region' END FROM places pl "
            + "WHERE pl.article_id = %s AND pl.name = %s)";

    private StoryTellings() {
    }

    static Map<Long, Merged> read(Statements st, long storyId, String root) throws SQLException {
        PreparedStatement p = st.get("SELECT m.event_id, ev.cameo_base, ev.first_article_id, m.cameo, "
                + "m.source_code, m.source_name, m.source_entity_id, m.target_code, m.target_name, "
                + "m.target_entity_id, m.negated, m.hypothetical, m.event_date, m.place_name, m.country, "
                + "m.lat, m.lon, m.article_id, m.location_reason, "
                + PLACE_KIND.formatted("m.article_id", "m.place_name") + " AS place_kind "
                + "FROM events ev JOIN event_mentions m ON m.event_id = ev.event_id "
                + "WHERE ev.story_id = ? AND ev.cameo_root = ? ORDER BY m.event_id, m.article_id, m.mention_idx");
        p.setLong(1, storyId);
        p.setString(2, root);
        Map<Long, Merged> out = new TreeMap<>();
        try (ResultSet r = p.executeQuery()) {
            while (r.next()) {
                long id = r.getLong("event_id");
                Merged m = out.get(id);
                if (m == null) {
                    m = new Merged(id, r.getString("cameo_base"), r.getLong("first_article_id"), new ArrayList<>());
                    out.put(id, m);
                }
                SameAct.Act act = new SameAct.Act(r.getString("cameo"),
                        new SameAct.Actor(r.getString("source_code"), r.getString("source_name"),
                                r.getString("source_entity_id") != null),
                        new SameAct.Actor(r.getString("target_code"), r.getString("target_name"),
                                r.getString("target_entity_id") != null),
                        r.getBoolean("negated"), r.getBoolean("hypothetical"),
                        Sql.localDate(r, "event_date"), new MergeRule.Loc(r.getString("place_name"),
                        r.getString("country"), Sql.dbl(r, "lat"), Sql.dbl(r, "lon")),
                        SameAct.placeKind(r.getString("place_kind"), r.getString("location_reason")));
                m.tellings().add(new Telling(r.getLong("article_id"), act));
            }
        }
        return out;
    }

    /**
     * The reports (other than the given article) that tell the merged event, or an empty set when
     * the act does not fit it: it must be the same act as one telling of another report, and
     * every other report must agree with it through one of its tellings (a report that tells the
     * act twice, once vaguely, still agrees), so that "Greece" does not bridge riots in Athens and
     * in Thessaloniki, nor a telling with unknown actors Canadian and American troops.
     */
    static Set<Long> fits(SameAct.Act act, long articleId, Merged m) {
        Set<Long> tellers = new TreeSet<>();
        Set<Long> agreeing = new TreeSet<>();
        boolean same = false;
        for (Telling t : m.tellings()) {
            if (t.articleId() == articleId) {
                continue;
            }
            tellers.add(t.articleId());
            same |= SameAct.same(act, t.act());
            if (agree(act, t.act())) {
                agreeing.add(t.articleId());
            }
        }
        return same && !tellers.isEmpty() && agreeing.equals(tellers) ? tellers : Set.of();
    }

    /** Places and actors compatible: no conflict, whatever the codes. */
    static boolean agree(SameAct.Act a, SameAct.Act b) {
        return SameAct.placesCompatible(a, b) && SameAct.actorsCompatible(a.source(), b.source())
                && SameAct.actorsCompatible(a.target(), b.target());
    }

    /**
     * Two merged events that may be one: every telling of one agrees with every telling of the
     * other, with compatible codes (a report saying only "arrested" does not make a detention and
     * an expulsion one act) and the same negated and hypothetical flags.
     */
    static boolean compatible(List<Telling> a, List<Telling> b) {
        for (Telling x : a) {
            for (Telling y : b) {
                SameAct.Act p = x.act();
                SameAct.Act q = y.act();
                if (!agree(p, q) || !SameAct.codesCompatible(p.cameo(), q.cameo())
                        || p.negated() != q.negated() || p.hypothetical() != q.hypothetical()) {
                    return false;
                }
            }
        }
        return true;
    }
}
