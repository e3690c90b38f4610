package org.eventwire.store;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eventwire.model.AnalyzedArticle;
import org.eventwire.store.story.StoryFeatures;

/**
 * Gives a story to every article stored before stories existed (a store migrated from schema
 * version 1), oldest first, from the analysis and text it keeps; one transaction per article,
 * so an interrupted backfill resumes where it stopped.
 */
final class StoryBackfill {
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private StoryBackfill() {
    }

    /** Returns the number of articles given a story. */
    static int run(Connection c, StoryWriter stories) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(
                "SELECT article_id FROM articles WHERE story_id IS NULL ORDER BY article_id");
             ResultSet r = p.executeQuery()) {
            while (r.next()) {
                ids.add(r.getLong(1));
            }
        }
        for (long id : ids) {
            c.setAutoCommit(false);
            try {
                one(c, stories, id);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                stories.reload();
                throw e instanceof SQLException s ? s : new SQLException(e);
            } finally {
                c.setAutoCommit(true);
            }
        }
        return ids.size();
    }

    private static void one(Connection c, StoryWriter stories, long id) throws SQLException {
        String text;
        String analysis;
        String title;
        LocalDate reportDate;
        try (PreparedStatement p = c.prepareStatement("SELECT text, analysis, title, report_date "
                + "FROM articles WHERE article_id = ?")) {
            p.setLong(1, id);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                text = r.getString("text");
                analysis = r.getString("analysis");
                title = r.getString("title");
                reportDate = Sql.localDate(r, "report_date");
            }
        }
        AnalyzedArticle a;
        try {
            a = analysis == null ? null : JSON.readValue(analysis, AnalyzedArticle.class);
        } catch (java.io.IOException e) {
            a = null; // unreadable analysis: the words alone decide
        }
        LocalDate date = reportDate != null ? reportDate : StoryFeatures.headDate(a);
        long story = stories.assign(StoryFeatures.terms(a, text), date, Headline.of(title, text));
        try (PreparedStatement p = c.prepareStatement("UPDATE articles SET story_id = ?, "
                + "story_date = CAST(? AS DATE) WHERE article_id = ?")) {
            p.setLong(1, story);
            Sql.date(p, 2, date);
            p.setLong(3, id);
            p.executeUpdate();
        }
        try (PreparedStatement p = c.prepareStatement("UPDATE events SET story_id = ? "
                + "WHERE first_article_id = ? AND story_id IS NULL")) {
            p.setLong(1, story);
            p.setLong(2, id);
            p.executeUpdate();
        }
        stories.refresh(story, id);
    }
}
