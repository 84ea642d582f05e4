package org.veracity.infrastructure.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.veracity.testsupport.PostgresTestDatabase;

/**
 * Not a test: times the transparency figures on PostgreSQL at scale (docs/benchmarks.md). Makes a throw-away
 * database, generates ITEMS content items (in 20 regions), EVENTS audit events over 52 weeks (a fifth of them
 * enforcements citing one of 8 policy versions, the rest bookkeeping) and a rating for one item in 50, then times
 * the recompute (the nightly job's work) and the queries behind the pages and the open-data JSON (RUNS each).
 *
 * <pre>
 * java -cp "$CP" org.veracity.infrastructure.persistence.TransparencyBenchmark 1000000 5000000 200
 * </pre>
 */
public final class TransparencyBenchmark {

    private TransparencyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int items = Integer.parseInt(args[0]);
        int events = Integer.parseInt(args[1]);
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        System.setProperty("veracity.it.requirePostgres", "true");
        try (PostgresTestDatabase db = PostgresTestDatabase.create("veracity_transparency_bench")) {
            DataSource ds = db.dataSource();
            Flyway.configure().dataSource(ds).locations("classpath:db/migration", "classpath:db/vendor/postgresql").load()
                    .migrate();
            try (Connection c = ds.getConnection()) {
                long t0 = System.nanoTime();
                generate(c, items, events);
                System.out.printf("generate  %,d items, %,d audit events: %.1f s%n", items, events, seconds(t0));
                for (int i = 0; i < 2; i++) {
                    long t = System.nanoTime();
                    long counted = JpaTransparencyRepository.recomputeEnforcement(c, true);
                    double enforcement = seconds(t);
                    t = System.nanoTime();
                    JpaTransparencyRepository.recomputeFactChecking(c);
                    System.out.printf("recompute %,d enforcement events: %.1f s (enforcement) + %.1f s (fact-checking)%n",
                            counted, enforcement, seconds(t));
                }
                time(c, runs, "enforcement page, all regions, 500 rows", "SELECT iso_week, policy_version, action, region,"
                        + " event_count FROM transparency_enforcement_count ORDER BY iso_week DESC, policy_version, action,"
                        + " region OFFSET 0 ROWS FETCH NEXT 501 ROWS ONLY");
                time(c, runs, "enforcement page, one region, 500 rows", "SELECT iso_week, policy_version, action, region,"
                        + " event_count FROM transparency_enforcement_count WHERE region = 'BX' ORDER BY iso_week DESC,"
                        + " policy_version, action, region OFFSET 0 ROWS FETCH NEXT 501 ROWS ONLY");
                time(c, runs, "fact-checks first page, 500", "SELECT r.id, r.claim, r.verdict, p.name, r.article_url,"
                        + " r.rated_at, c.url, c.posted_at, c.region, c.author_kind FROM rating r JOIN partner_organisation p"
                        + " ON p.id = r.organisation_id JOIN content_item c ON c.id = r.content_id WHERE r.superseded_at IS NULL"
                        + " AND r.copy_of_rating_id IS NULL AND r.verdict <> 'NOT_ELIGIBLE' AND r.id < 9223372036854775807"
                        + " ORDER BY r.id DESC FETCH FIRST 501 ROWS ONLY");
                time(c, runs, "fact-checking figures", "SELECT figure, label, figure_value FROM transparency_factcheck_figure"
                        + " ORDER BY figure, label");
            }
        }
    }

    private static void generate(Connection c, int items, int events) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("INSERT INTO partner_organisation (name, languages, regions) VALUES ('Bench partner', 'en', 'US')");
            s.execute("INSERT INTO content_item (platform_id, author_id, author_kind, region, posted_at, received_at, views,"
                    + " shares, is_ad, status, version, url) SELECT 'b-' || g, 'a-' || (g % 50000),"
                    + " CASE WHEN g % 10 = 0 THEN 'PAGE' ELSE 'PERSON' END, chr(65 + g % 20) || 'X',"
                    + " now() - interval '400 days', now() - interval '400 days', 100, 1, FALSE, 'ACCEPTED', 0,"
                    + " 'https://example.org/' || g FROM generate_series(1, " + items + ") g");
            s.execute("INSERT INTO factcheck_queue_entry (content_id, route, status, priority, enqueued_at, enqueued_by,"
                    + " version) SELECT id, 'PREDICTED', 'RATED', 1, now() - interval '300 days', 'veracity', 0"
                    + " FROM content_item WHERE id % 50 = 0");
            s.execute("INSERT INTO rating (content_id, organisation_id, rater, verdict, claim, article_url, summary, rated_at)"
                    + " SELECT q.content_id, (SELECT min(id) FROM partner_organisation), 'checker',"
                    + " (ARRAY['FALSE','PARTLY_FALSE','TRUE','MISSING_CONTEXT'])[1 + q.content_id % 4], 'claim ' || q.content_id,"
                    + " 'https://factcheck.example/' || q.content_id, 's', q.enqueued_at + (q.content_id % 72) * interval '1 hour'"
                    + " FROM factcheck_queue_entry q");
            s.execute("INSERT INTO audit_event (seq, occurred_at, actor, actor_role, subject_type, subject_id, action,"
                    + " policy_version, reason, previous_hash, hash, chain_position) SELECT g, now() - (g % 364) * interval '1 day',"
                    + " 'bench', 'MODERATOR', 'CONTENT', 'b-' || (1 + g % " + items + "),"
                    + " CASE WHEN g % 5 = 0 THEN (ARRAY['REMOVED','DEMOTED','LABELLED','BLOCKED'])[1 + g % 4]"
                    + " ELSE 'INTAKE_ACCEPTED' END,"
                    + " CASE WHEN g % 5 = 0 THEN 'policy-' || (g % 8) || '@v1' END, NULL, 'x', 'y', g"
                    + " FROM generate_series(1, " + events + ") g");
            s.execute("ANALYZE");
        }
    }

    private static void time(Connection c, int runs, String what, String sql) throws SQLException {
        List<Double> ms = new ArrayList<>();
        int rows = 0;
        try (PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < runs; i++) {
                long t = System.nanoTime();
                rows = 0;
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        rows++;
                    }
                }
                ms.add((System.nanoTime() - t) / 1e6);
            }
        }
        Collections.sort(ms);
        System.out.printf("%-42s %d rows: p50 %.2f ms, p95 %.2f ms, max %.2f ms (%d runs)%n", what, rows,
                ms.get(ms.size() / 2), ms.get((int) Math.ceil(ms.size() * 0.95) - 1), ms.get(ms.size() - 1), runs);
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
