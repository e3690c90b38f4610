package org.eventwire.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.eventwire.model.AnalyzedArticle;
import org.eventwire.model.Dateline;
import org.eventwire.model.Entity;
import org.eventwire.model.Mention;
import org.eventwire.model.Place;
import org.eventwire.model.Quote;
import org.eventwire.model.Speaker;
import org.eventwire.store.story.StoryFeatures;

/**
 * Writes one article and all its rows. The caller owns the transaction: everything written
 * here commits or rolls back together, so a crash never leaves half an article.
 */
final class ArticleWriter {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Statements st;
    private final Ids ids;
    private final DuplicateFinder duplicates;
    private final EventWriter events;
    private final StoryWriter stories;

    ArticleWriter(Connection c, Statements st, Ids ids) throws SQLException {
        this.st = st;
        this.ids = ids;
        this.duplicates = new DuplicateFinder(c, st);
        this.events = new EventWriter(c, st, ids);
        this.stories = new StoryWriter(c, st);
    }

    long storyNanos() {
        return stories.nanos();
    }

    /** Gives stories to articles stored before stories existed; see {@link StoryBackfill}. */
    int backfillStories(Connection c) throws SQLException {
        return StoryBackfill.run(c, stories);
    }

    /** Drops what the story writer holds in memory after a rollback. */
    void reload() throws SQLException {
        stories.reload();
    }

    /** True when an article with this text or URL is already stored. */
    boolean stored(String text, String url) throws SQLException {
        String hash = ArticleKeys.contentHash(text);
        String urlKey = ArticleKeys.urlKey(url);
        return (hash != null || urlKey != null) && duplicates.exact(hash, urlKey) != null;
    }

    AddResult write(AnalyzedArticle a, String sourceText) throws SQLException {
        if (a.error() != null) {
            return AddResult.rejected("article " + a.id() + " was not analysed: " + a.error());
        }
        String text = sourceText != null ? sourceText : a.text();
        String hash = ArticleKeys.contentHash(text);
        String urlKey = ArticleKeys.urlKey(a.url());
        if (hash == null && urlKey == null) {
            return AddResult.rejected("article " + a.id() + " has neither text nor URL to identify it");
        }
        AddResult dup = duplicates.exact(hash, urlKey);
        if (dup != null) {
            return dup;
        }
        long[] sig = MinHash.signature(text);
        DuplicateFinder.Near near = duplicates.near(sig);
        long id = ids.nextArticle();
        Dateline dl = a.dateline();
        LocalDate pubDate = ArticleKeys.date(a.date());
        LocalDate dlDate = dl == null ? null : ArticleKeys.date(dl.date());
        LocalDate reportDate = pubDate != null ? pubDate : dlDate;
        String now = Clock.nowUtc();
        LocalDate storyDate = reportDate != null ? reportDate : StoryFeatures.headDate(a);
        long story = stories.assign(StoryFeatures.terms(a, text), storyDate, Headline.of(a.title(), text));
        PreparedStatement p = st.get(Sql.insert("articles",
                "article_id, ext_id, url, url_key, content_hash, title, source, source_key, "
                + "pub_date::DATE, report_date::DATE, dateline_place, dateline_country, "
                + "dateline_date::DATE, dateline_agency, output_schema, text, duplicate_of, "
                + "similarity, minhash, analysis, ingested_at::TIMESTAMP, story_id, story_date::DATE"));
        int i = 1;
        p.setLong(i++, id);
        Sql.str(p, i++, a.id());
        Sql.str(p, i++, a.url());
        Sql.str(p, i++, urlKey);
        Sql.str(p, i++, hash);
        Sql.str(p, i++, a.title());
        Sql.str(p, i++, a.source());
        Sql.str(p, i++, ArticleKeys.sourceKey(a.source(), a.url()));
        Sql.date(p, i++, pubDate);
        Sql.date(p, i++, reportDate);
        Sql.str(p, i++, dl == null ? null : dl.place());
        Sql.str(p, i++, dl == null ? null : dl.country());
        Sql.date(p, i++, dlDate);
        Sql.str(p, i++, dl == null ? null : dl.agency());
        Sql.str(p, i++, a.schema());
        Sql.str(p, i++, text);
        Sql.lng(p, i++, near == null ? null : near.articleId());
        Sql.dbl(p, i++, near == null ? null : near.similarity());
        p.setBytes(i++, sig == null ? null : MinHash.toBytes(sig));
        Sql.str(p, i++, analysisJson(a));
        p.setString(i++, now);
        p.setLong(i++, story);
        Sql.date(p, i, storyDate);
        p.executeUpdate();
        duplicates.saveBands(id, sig);
        writeEntities(id, CodedEvent.nn(a.entities()));
        writePlaces(id, CodedEvent.nn(a.places()));
        writeQuotes(id, CodedEvent.nn(a.quotes()));
        int[] ev = events.write(id, story, CodedEvent.of(a, text, reportDate), a.url(), now);
        stories.refresh(story, id);
        return new AddResult(near == null ? AddResult.Status.NEW : AddResult.Status.NEAR_DUPLICATE,
                id, near == null ? null : near.articleId(), near == null ? null : near.similarity(),
                ev[0], ev[1], near == null ? null : "near-duplicate of article " + near.articleId());
    }

    /** The analysis as JSON without the text, which has its own column. */
    private static String analysisJson(AnalyzedArticle a) {
        AnalyzedArticle noText = new AnalyzedArticle(a.schema(), a.id(), a.title(), a.url(),
                a.source(), a.date(), a.language(), a.languageConfidence(), a.dateline(), a.entities(), a.places(), a.times(),
                a.quotes(), a.reportedSpeech(), a.events(), null, a.warnings(), a.status(), a.error());
        try {
            return JSON.writeValueAsString(noText);
        } catch (JsonProcessingException e) {
            throw new StoreException("cannot serialise article " + a.id() + ": " + e.getMessage(), e);
        }
    }

    private void writeEntities(long articleId, List<Entity> entities) throws SQLException {
        PreparedStatement pe = st.get(Sql.insert("entities",
                "article_id, entity_idx, entity_id, name, type, title, country, actor_code, "
                + "actor_country, actor_reason, num_mentions"));
        PreparedStatement pm = st.get(Sql.insert("mentions",
                "article_id, entity_idx, mention_idx, start_offset, end_offset, text, kind"));
        for (int e = 0; e < entities.size(); e++) {
            Entity en = entities.get(e);
            if (en == null) {
                continue;
            }
            List<Mention> ms = CodedEvent.nn(en.mentions());
            int i = 1;
            pe.setLong(i++, articleId);
            pe.setInt(i++, e);
            Sql.str(pe, i++, en.id());
            Sql.str(pe, i++, en.name());
            Sql.str(pe, i++, en.type());
            Sql.str(pe, i++, en.title());
            Sql.str(pe, i++, en.country());
            Sql.str(pe, i++, en.actor() == null ? null : en.actor().code());
            Sql.str(pe, i++, en.actor() == null ? null : en.actor().country());
            Sql.str(pe, i++, en.actor() == null ? null : en.actor().reason());
            pe.setInt(i, ms.size());
            pe.addBatch();
            for (int m = 0; m < ms.size(); m++) {
                Mention mn = ms.get(m);
                pm.setLong(1, articleId);
                pm.setInt(2, e);
                pm.setInt(3, m);
                pm.setInt(4, mn.start());
                pm.setInt(5, mn.end());
                Sql.str(pm, 6, mn.text());
                Sql.str(pm, 7, mn.kind());
                pm.addBatch();
            }
        }
        pe.executeBatch();
        pm.executeBatch();
    }

    private void writePlaces(long articleId, List<Place> places) throws SQLException {
        PreparedStatement p = st.get(Sql.insert("places",
                "article_id, place_idx, name, country, lat, lon, feature, geoname_id, confidence, "
                + "approximate, reason"));
        for (int k = 0; k < places.size(); k++) {
            Place pl = places.get(k);
            if (pl == null) {
                continue;
            }
            int i = 1;
            p.setLong(i++, articleId);
            p.setInt(i++, k);
            Sql.str(p, i++, pl.name());
            Sql.str(p, i++, pl.country());
            Sql.dbl(p, i++, pl.lat());
            Sql.dbl(p, i++, pl.lon());
            Sql.str(p, i++, pl.feature());
            Sql.lng(p, i++, pl.geonameId());
            p.setDouble(i++, pl.confidence());
            p.setBoolean(i++, pl.approximate());
            Sql.str(p, i, pl.reason());
            p.addBatch();
        }
        p.executeBatch();
    }

    private void writeQuotes(long articleId, List<Quote> quotes) throws SQLException {
        PreparedStatement p = st.get(Sql.insert("quotes",
                "article_id, quote_idx, text, start_offset, end_offset, speaker_name, "
                + "speaker_entity_id, speaker_text, cue, channel, indirect"));
        for (int k = 0; k < quotes.size(); k++) {
            Quote q = quotes.get(k);
            if (q == null) {
                continue;
            }
            Speaker s = q.speaker();
            int i = 1;
            p.setLong(i++, articleId);
            p.setInt(i++, k);
            Sql.str(p, i++, q.text());
            p.setInt(i++, q.start());
            p.setInt(i++, q.end());
            Sql.str(p, i++, s == null ? null : s.name());
            Sql.str(p, i++, s == null ? null : s.entityId());
            Sql.str(p, i++, s == null ? null : s.text());
            Sql.str(p, i++, q.cue());
            Sql.str(p, i++, q.channel());
            p.setBoolean(i, q.indirect());
            p.addBatch();
        }
        p.executeBatch();
    }
}
