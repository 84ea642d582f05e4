package org.veracity.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.veracity.domain.transparency.WeeklyEnforcement;
import org.veracity.testsupport.PostgresTestDatabase;

/**
 * The recompute behind the public figures (issue 13) on both databases: PostgreSQL's set-based path and the
 * embedded H2's grouped-while-reading path count the same events the same way; and on PostgreSQL the example
 * queries of docs/analytics.md, run on the analytics views, give the same numbers as the open data.
 */
class TransparencyFiguresTest {

    private static final Instant MONDAY = Instant.parse("2026-11-30T00:00:00Z");

    @Test
    void h2_and_postgresql_count_the_same_enforcements_per_week_policy_action_and_region() throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:transparency;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        Map<String, Long> embedded = scriptedCounts(h2, false, "classpath:db/migration");
        try (PostgresTestDatabase db = PostgresTestDatabase.create("veracity_transparency")) {
            Map<String, Long> postgres = scriptedCounts(db.dataSource(), true, "classpath:db/migration",
                    "classpath:db/vendor/postgresql");
            assertEquals(embedded, postgres);
        }
        assertEquals(Map.of(
                "2026-W48|voter-interference@v1|REMOVED|ZZ", 1L,
                "2026-W49|fact-check-ratings@v1|DEMOTED|US", 2L,
                "2026-W49|fact-check-ratings@v1|LABELLED|FR", 1L,
                "2026-W49|voter-interference@v1|REMOVED|US", 1L,
                "2026-W49|coordinated-behaviour@v1|ACCOUNT_SUSPENDED|ZZ", 1L), embedded,
                "by week (Sunday night is the old week), cited version, action, region; no policy, no count");
    }

    @Test
    void the_documented_analytics_queries_give_the_numbers_of_the_open_data() throws Exception {
        try (PostgresTestDatabase db = PostgresTestDatabase.create("veracity_analytics")) {
            DataSource ds = db.dataSource();
            scriptedCounts(ds, true, "classpath:db/migration", "classpath:db/vendor/postgresql");
            String doc = Files.readString(Path.of("../docs/analytics.md"));
            try (Connection c = ds.getConnection()) {
                JpaTransparencyRepository.recomputeFactChecking(c);
                Map<String, Long> fromViews = new TreeMap<>();
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(example(doc, "weekly-enforcement"))) {
                    while (rs.next()) {
                        fromViews.put(rs.getString("week") + "|" + rs.getString("policy") + "|" + rs.getString("action")
                                + "|" + rs.getString("region"), rs.getLong("count"));
                    }
                }
                assertEquals(counts(c), fromViews, "the weekly enforcement example equals the open data's rows");
                double median;
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(example(doc, "median-hours-to-rating"))) {
                    rs.next();
                    median = rs.getDouble(1);
                }
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT figure_value FROM"
                        + " transparency_factcheck_figure WHERE figure = 'median-hours-to-rating'")) {
                    assertTrue(rs.next());
                    assertEquals(rs.getDouble(1), median, 0.001, "the median example equals the fact-checking figure");
                    assertEquals(3.0, median, 0.001, "ratings after 2 h, 3 h and 10 h");
                }
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                        "SELECT count(*) FROM analytics.items WHERE author_id IS NOT NULL AND author_kind = 'PERSON'")) {
                    rs.next();
                    assertEquals(0, rs.getLong(1), "no private person's account id in the analytics views");
                }
            }
        }
    }

    @Test
    void the_weekly_totals_behind_the_chart_sum_every_policy_version_and_region_of_a_week() throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:weekly;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        scriptedCounts(h2, false, "classpath:db/migration");
        try (Connection c = h2.getConnection()) {
            assertEquals(List.of(new WeeklyEnforcement("2026-W48", "REMOVED", 1),
                    new WeeklyEnforcement("2026-W49", "ACCOUNT_SUSPENDED", 1),
                    new WeeklyEnforcement("2026-W49", "DEMOTED", 2),
                    new WeeklyEnforcement("2026-W49", "LABELLED", 1),
                    new WeeklyEnforcement("2026-W49", "REMOVED", 1)),
                    JpaTransparencyRepository.enforcementPerWeek(c, null), "oldest week first, one row per action");
            assertEquals(List.of(new WeeklyEnforcement("2026-W49", "DEMOTED", 2),
                    new WeeklyEnforcement("2026-W49", "REMOVED", 1)),
                    JpaTransparencyRepository.enforcementPerWeek(c, "US"));
        }
    }

    @Test
    void a_past_day_s_fact_checking_figures_are_those_of_its_end_not_of_now() throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:figures-at;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(h2).locations("classpath:db/migration").load().migrate();
        try (Connection c = h2.getConnection()) {
            long partner = insert(c, "INSERT INTO partner_organisation (name, languages, regions) VALUES ('P', 'en', 'US')");
            Instant day = MONDAY.plus(Duration.ofDays(1));
            Instant end = MONDAY.plus(Duration.ofDays(2));
            queueAndRate(c, item(c, "t-a", "US", "PAGE"), partner, day, Duration.ofHours(2));
            queueAndRate(c, item(c, "t-b", "US", "PAGE"), partner, day, Duration.ofHours(4));
            queueAndRate(c, item(c, "t-late", "US", "PAGE"), partner, end.plusSeconds(60), Duration.ofHours(1));
            // t-a's FALSE is replaced by TRUE after the day ended; t-b's dispute was resolved after the day ended.
            try (Statement s = c.createStatement()) {
                s.executeUpdate("UPDATE rating SET superseded_at = TIMESTAMP WITH TIME ZONE '2026-12-02 10:00:00+00'"
                        + " WHERE content_id = (SELECT id FROM content_item WHERE platform_id = 't-a')");
                s.executeUpdate("INSERT INTO rating (content_id, organisation_id, rater, verdict, claim, article_url,"
                        + " summary, rated_at) SELECT id, " + partner + ", 'checker', 'TRUE', 'c', 'https://f.example/',"
                        + " 's', TIMESTAMP WITH TIME ZONE '2026-12-02 10:00:00+00' FROM content_item WHERE platform_id = 't-a'");
                s.executeUpdate("INSERT INTO dispute (rating_id, opened_by, statement, opened_at, status, resolved_by,"
                        + " resolved_at, resolution, version) SELECT r.id, 'a page', 'not so',"
                        + " TIMESTAMP WITH TIME ZONE '2026-12-01 12:00:00+00', 'CONFIRMED', 'checker',"
                        + " TIMESTAMP WITH TIME ZONE '2026-12-02 09:00:00+00', 'stands', 0 FROM rating r JOIN content_item i"
                        + " ON i.id = r.content_id WHERE i.platform_id = 't-b'");
            }
            Map<String, Double> atEnd = new TreeMap<>();
            JpaTransparencyRepository.factCheckFiguresAt(c, end).forEach(f -> atEnd.put(f.figure() + "|" + f.label(), f.value()));
            assertEquals(Map.of("enqueued|PREDICTED", 2.0, "verdict|FALSE", 2.0, "partner|P", 2.0, "dispute|OPEN", 1.0,
                    "median-hours-to-rating|", 3.0), atEnd, "as the day ended: two FALSE ratings, the dispute still open");
            JpaTransparencyRepository.recomputeFactChecking(c);
            Map<String, Double> now = new TreeMap<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT figure, label, figure_value FROM transparency_factcheck_figure")) {
                while (rs.next()) {
                    now.put(rs.getString(1) + "|" + rs.getString(2), rs.getDouble(3));
                }
            }
            assertEquals(Map.of("enqueued|PREDICTED", 3.0, "verdict|FALSE", 2.0, "verdict|TRUE", 1.0, "partner|P", 3.0,
                    "dispute|CONFIRMED", 1.0, "median-hours-to-rating|", 2.0), now, "the recompute sees the data as it is now");
        }
    }

    /** The SQL block after "-- example: name" in docs/analytics.md. */
    private static String example(String doc, String name) {
        Matcher m = Pattern.compile("-- example: " + Pattern.quote(name) + "\\n(.*?)```", Pattern.DOTALL).matcher(doc);
        assertTrue(m.find(), "docs/analytics.md has the example " + name);
        return m.group(1);
    }

    /** Migrates, writes a fixed sequence of items, ratings and audit events, recomputes, answers the counts. */
    private static Map<String, Long> scriptedCounts(DataSource ds, boolean postgres, String... locations) throws SQLException {
        Flyway.configure().dataSource(ds).locations(locations).load().migrate();
        try (Connection c = ds.getConnection()) {
            long us1 = item(c, "t-us-1", "US", "PAGE");
            long us2 = item(c, "t-us-2", "US", "PERSON");
            long fr = item(c, "t-fr-1", "FR", "PERSON");
            item(c, "t-none", null, "PERSON");
            long partner = insert(c, "INSERT INTO partner_organisation (name, languages, regions) VALUES ('P', 'en', 'US')");
            Instant w49 = MONDAY.plus(Duration.ofDays(1));
            queueAndRate(c, us1, partner, w49, Duration.ofHours(2));
            queueAndRate(c, us2, partner, w49, Duration.ofHours(3));
            queueAndRate(c, fr, partner, w49, Duration.ofHours(10));
            int seq = 0;
            event(c, ++seq, w49, "CONTENT", "t-us-1", "DEMOTED", "fact-check-ratings@v1");
            event(c, ++seq, w49, "CONTENT", "t-us-2", "DEMOTED", "fact-check-ratings@v1");
            event(c, ++seq, w49, "CONTENT", "t-us-2", "REMOVED", "voter-interference@v1");
            event(c, ++seq, w49, "CONTENT", "t-fr-1", "LABELLED", "fact-check-ratings@v1");
            event(c, ++seq, MONDAY.minusSeconds(1), "CONTENT", "t-none", "REMOVED", "voter-interference@v1");
            event(c, ++seq, w49, "ACCOUNT", "private-person-7", "ACCOUNT_SUSPENDED", "coordinated-behaviour@v1");
            event(c, ++seq, w49, "CONTENT", "t-us-1", "ENQUEUED", null);
            event(c, ++seq, w49, "POLICY", "voter-interference", "POLICY_VERSION_PUBLISHED", "voter-interference@v2");
            event(c, ++seq, w49, "CONTENT", "t-fr-1", "POSSIBLE_COPY_OFFERED", "fact-check-ratings@v1");
            long counted = JpaTransparencyRepository.recomputeEnforcement(c, postgres);
            assertEquals(6, counted);
            return counts(c);
        }
    }

    private static Map<String, Long> counts(Connection c) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT iso_week, policy_version, action, region, event_count FROM transparency_enforcement_count")) {
            while (rs.next()) {
                counts.put(rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|" + rs.getString(4),
                        rs.getLong(5));
            }
        }
        return counts;
    }

    private static long item(Connection c, String id, String region, String kind) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO content_item (platform_id, author_id, author_kind,"
                + " region, posted_at, received_at, views, shares, is_ad, status, version, url)"
                + " VALUES (?, ?, ?, ?, ?, ?, 10, 1, FALSE, 'ACCEPTED', 0, ?)", new String[] {"id"})) {
            p.setString(1, id);
            p.setString(2, "author-" + id);
            p.setString(3, kind);
            p.setString(4, region);
            p.setObject(5, at(MONDAY.minus(Duration.ofDays(3))));
            p.setObject(6, at(MONDAY.minus(Duration.ofDays(3))));
            p.setString(7, "https://example.org/" + id);
            p.executeUpdate();
            try (ResultSet keys = p.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static void queueAndRate(Connection c, long item, long partner, Instant enqueued, Duration after)
            throws SQLException {
        try (PreparedStatement q = c.prepareStatement("INSERT INTO factcheck_queue_entry (content_id, route, status,"
                + " priority, enqueued_at, enqueued_by, version, organisation_id) VALUES (?, 'PREDICTED', 'RATED', 1, ?,"
                + " 'veracity', 0, ?)");
             PreparedStatement r = c.prepareStatement("INSERT INTO rating (content_id, organisation_id, rater, verdict,"
                     + " claim, article_url, summary, rated_at) VALUES (?, ?, 'checker', 'FALSE', 'c', 'https://f.example/',"
                     + " 's', ?)")) {
            q.setLong(1, item);
            q.setObject(2, at(enqueued));
            q.setLong(3, partner);
            q.executeUpdate();
            r.setLong(1, item);
            r.setLong(2, partner);
            r.setObject(3, at(enqueued.plus(after)));
            r.executeUpdate();
        }
    }

    private static void event(Connection c, int seq, Instant at, String subjectType, String subjectId, String action,
                              String policy) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO audit_event (seq, occurred_at, actor, actor_role,"
                + " subject_type, subject_id, action, policy_version, reason, previous_hash, hash, chain_position)"
                + " VALUES (?, ?, 'someone', 'MODERATOR', ?, ?, ?, ?, NULL, 'x', 'y', ?)")) {
            p.setLong(1, seq);
            p.setObject(2, at(at));
            p.setString(3, subjectType);
            p.setString(4, subjectId);
            p.setString(5, action);
            p.setString(6, policy);
            p.setLong(7, seq);
            p.executeUpdate();
        }
    }

    private static long insert(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate(sql, new String[] {"id"});
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
