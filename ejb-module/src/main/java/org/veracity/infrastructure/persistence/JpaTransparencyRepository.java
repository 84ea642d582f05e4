package org.veracity.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.hibernate.Session;
import org.veracity.domain.audit.AuditAction;
import org.veracity.domain.audit.AuditSubject;
import org.veracity.domain.factcheck.Dispute;
import org.veracity.domain.factcheck.Verdict;
import org.veracity.domain.transparency.EnforcementCount;
import org.veracity.domain.transparency.EnforcementEvents;
import org.veracity.domain.transparency.ExemptionRebuild;
import org.veracity.domain.transparency.FactCheckFigure;
import org.veracity.domain.transparency.Freshness;
import org.veracity.domain.transparency.IsoWeek;
import org.veracity.domain.transparency.Median;
import org.veracity.domain.transparency.PublicOverride;
import org.veracity.domain.transparency.PublishedFactCheck;
import org.veracity.domain.transparency.TransparencyRepository;
import org.veracity.domain.transparency.WeeklyEnforcement;

/**
 * The summary tables behind the public pages, in plain SQL over JDBC: the recompute is set-based (one
 * {@code INSERT … SELECT} on PostgreSQL; on the embedded H2 of a first run the same grouping is done while
 * reading the events, since H2 has no ISO-week format).
 */
@ApplicationScoped
public class JpaTransparencyRepository implements TransparencyRepository {

    private static final String ENFORCEMENT_FILTER = " e.policy_version IS NOT NULL AND e.subject_type IN ("
            + quoted(EnforcementEvents.SUBJECT_TYPES) + ") AND e.action NOT IN ("
            + quoted(EnforcementEvents.NOT_ENFORCEMENTS) + ")";
    private static final String ENFORCEMENT_SOURCE = " FROM audit_event e LEFT JOIN content_item c"
            + " ON e.subject_type = '" + AuditSubject.CONTENT.name() + "' AND c.platform_id = e.subject_id WHERE" + ENFORCEMENT_FILTER;
    /** A rating the public sees: the current one of its item, not a copy's, and a verdict on the claim. */
    private static final String PUBLISHED = " r.superseded_at IS NULL AND r.copy_of_rating_id IS NULL"
            + " AND r.verdict <> '" + Verdict.NOT_ELIGIBLE.name() + "'";
    private static final String PUBLISHED_COLUMNS = "SELECT r.id, r.claim, r.verdict, p.name, r.article_url, r.rated_at,"
            + " c.url, c.posted_at, c.region, c.author_kind FROM rating r"
            + " JOIN partner_organisation p ON p.id = r.organisation_id JOIN content_item c ON c.id = r.content_id";
    /** The end of figures that describe the data as it stands now. */
    private static final Instant NO_END = Instant.parse("9999-12-31T00:00:00Z");
    /** Authors whose posts may be linked publicly (DESIGN R23: pages, politicians, campaigns may be named). */
    private static final List<String> NAMEABLE_AUTHORS = List.of("PAGE", "POLITICIAN", "CAMPAIGN");

    @PersistenceContext(unitName = "veracity")
    EntityManager em;

    private static String quoted(Collection<? extends Enum<?>> values) {
        return values.stream().map(v -> "'" + v.name() + "'").collect(Collectors.joining(", "));
    }

    private interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private <T> T jdbc(Work<T> work) {
        return em.unwrap(Session.class).doReturningWork(work::run);
    }

    @Override
    public long recomputeEnforcement() {
        boolean postgres = Databases.isPostgres(em);
        return jdbc(connection -> recomputeEnforcement(connection, postgres));
    }

    /** The enforcement recompute on one connection: set-based on PostgreSQL, grouped while reading elsewhere. */
    static long recomputeEnforcement(Connection connection, boolean postgres) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.executeUpdate("DELETE FROM transparency_enforcement_count");
            if (postgres) {
                s.executeUpdate("INSERT INTO transparency_enforcement_count"
                        + " (iso_week, policy_version, action, region, event_count)"
                        + " SELECT to_char(e.occurred_at AT TIME ZONE 'UTC', 'IYYY-\"W\"IW'), e.policy_version,"
                        + " e.action, COALESCE(NULLIF(c.region, ''), '" + EnforcementEvents.UNKNOWN_REGION + "'),"
                        + " count(*)" + ENFORCEMENT_SOURCE + " GROUP BY 1, 2, 3, 4");
                try (ResultSet rs = s.executeQuery("SELECT COALESCE(sum(event_count), 0)"
                        + " FROM transparency_enforcement_count")) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        }
        return groupWhileReading(connection);
    }

    /** Counts per (week, policy version, action, region) of the events before {@code end}, read one by one. */
    private static Map<List<String>, Long> countWhileReading(Connection connection, Instant end) throws SQLException {
        Map<List<String>, Long> counts = new TreeMap<>(java.util.Comparator.comparing(Object::toString));
        try (PreparedStatement s = connection.prepareStatement("SELECT e.occurred_at, e.policy_version, e.action, c.region"
                + ENFORCEMENT_SOURCE + " AND e.occurred_at < ?")) {
            s.setObject(1, OffsetDateTime.ofInstant(end, ZoneOffset.UTC));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Instant at = rs.getObject(1, OffsetDateTime.class).toInstant();
                    counts.merge(List.of(IsoWeek.of(at), rs.getString(2), rs.getString(3),
                            EnforcementEvents.region(rs.getString(4))), 1L, Long::sum);
                }
            }
        }
        return counts;
    }

    private static long groupWhileReading(Connection connection) throws SQLException {
        Map<List<String>, Long> counts = countWhileReading(connection, NO_END);
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO transparency_enforcement_count"
                + " (iso_week, policy_version, action, region, event_count) VALUES (?, ?, ?, ?, ?)")) {
            for (Map.Entry<List<String>, Long> row : counts.entrySet()) {
                for (int i = 0; i < 4; i++) {
                    insert.setString(i + 1, row.getKey().get(i));
                }
                insert.setLong(5, row.getValue());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    @Override
    public long recomputeFactChecking() {
        return jdbc(JpaTransparencyRepository::recomputeFactChecking);
    }

    /** The fact-checking figures recomputed on one connection (portable SQL): the figures as they stand now. */
    static long recomputeFactChecking(Connection connection) throws SQLException {
        List<FactCheckFigure> figures = factCheckFiguresAt(connection, NO_END);
        try (Statement s = connection.createStatement()) {
            s.executeUpdate("DELETE FROM transparency_factcheck_figure");
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO transparency_factcheck_figure"
                + " (figure, label, figure_value) VALUES (?, ?, ?)")) {
            for (FactCheckFigure f : figures) {
                insert.setString(1, f.figure());
                insert.setString(2, f.label());
                insert.setDouble(3, f.value());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        return figures.stream().filter(f -> f.figure().equals(FactCheckFigure.VERDICT))
                .mapToLong(f -> (long) f.value()).sum();
    }

    /**
     * The fact-checking figures as they stood at {@code end}: one query set for the nightly recompute (with no end)
     * and for a past day's dump, so the two cannot disagree. A rating counts while it was current at {@code end};
     * a dispute resolved after {@code end} was still open then.
     */
    static List<FactCheckFigure> factCheckFiguresAt(Connection connection, Instant end) throws SQLException {
        OffsetDateTime at = OffsetDateTime.ofInstant(end, ZoneOffset.UTC);
        String current = " r.rated_at < ? AND (r.superseded_at IS NULL OR r.superseded_at >= ?)"
                + " AND r.copy_of_rating_id IS NULL";
        List<FactCheckFigure> figures = new ArrayList<>();
        grouped(connection, "SELECT route, count(*) FROM factcheck_queue_entry WHERE enqueued_at < ? GROUP BY route",
                FactCheckFigure.ENQUEUED, figures, at);
        grouped(connection, "SELECT r.verdict, count(*) FROM rating r WHERE" + current + " GROUP BY r.verdict",
                FactCheckFigure.VERDICT, figures, at, at);
        grouped(connection, "SELECT p.name, count(*) FROM rating r JOIN partner_organisation p"
                + " ON p.id = r.organisation_id WHERE" + current + " GROUP BY p.name", FactCheckFigure.PARTNER, figures,
                at, at);
        grouped(connection, "SELECT outcome, count(*) FROM (SELECT CASE WHEN d.resolved_at < ? THEN d.status ELSE '"
                + Dispute.Status.OPEN.name() + "' END AS outcome FROM dispute d WHERE d.opened_at < ?) x GROUP BY outcome",
                FactCheckFigure.DISPUTE, figures, at, at);
        List<Duration> toRating = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement("SELECT q.enqueued_at, min(r.rated_at)"
                + " FROM factcheck_queue_entry q JOIN rating r ON r.content_id = q.content_id"
                + " WHERE r.copy_of_rating_id IS NULL AND q.enqueued_at < ? AND r.rated_at < ?"
                + " GROUP BY q.id, q.enqueued_at")) {
            s.setObject(1, at);
            s.setObject(2, at);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Duration d = Duration.between(rs.getObject(1, OffsetDateTime.class),
                            rs.getObject(2, OffsetDateTime.class));
                    toRating.add(d.isNegative() ? Duration.ZERO : d);
                }
            }
        }
        Median.hours(toRating).ifPresent(h -> figures.add(new FactCheckFigure(FactCheckFigure.MEDIAN_HOURS, "", h)));
        // One order on both databases, independent of collation: the dump must be the same bytes every time.
        figures.sort(java.util.Comparator.comparing(FactCheckFigure::figure).thenComparing(FactCheckFigure::label));
        return figures;
    }

    private static void grouped(Connection connection, String sql, String figure, List<FactCheckFigure> into,
                                OffsetDateTime... parameters) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    into.add(new FactCheckFigure(figure, rs.getString(1), rs.getLong(2)));
                }
            }
        }
    }

    @Override
    public void markRefreshed(String figures, Instant at, long sourceRows) {
        jdbc(connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM transparency_refresh WHERE figures = ?");
                 PreparedStatement insert = connection.prepareStatement("INSERT INTO transparency_refresh"
                         + " (figures, refreshed_at, source_rows) VALUES (?, ?, ?)")) {
                delete.setString(1, figures);
                delete.executeUpdate();
                insert.setString(1, figures);
                insert.setObject(2, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
                insert.setLong(3, sourceRows);
                return insert.executeUpdate();
            }
        });
    }

    @Override
    public Optional<Freshness> freshness(String figures) {
        return jdbc(connection -> {
            try (PreparedStatement s = connection.prepareStatement("SELECT refreshed_at, source_rows"
                    + " FROM transparency_refresh WHERE figures = ?")) {
                s.setString(1, figures);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(new Freshness(figures,
                            rs.getObject(1, OffsetDateTime.class).toInstant(), rs.getLong(2))) : Optional.empty();
                }
            }
        });
    }

    @Override
    public List<EnforcementCount> enforcement(String region, int offset, int limit) {
        return jdbc(connection -> {
            try (PreparedStatement s = connection.prepareStatement("SELECT iso_week, policy_version, action, region,"
                    + " event_count FROM transparency_enforcement_count"
                    + (region == null ? "" : " WHERE region = ?")
                    + " ORDER BY iso_week DESC, policy_version, action, region OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")) {
                int i = 1;
                if (region != null) {
                    s.setString(i++, region);
                }
                s.setInt(i++, offset);
                s.setInt(i, limit);
                List<EnforcementCount> rows = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new EnforcementCount(rs.getString(1), rs.getString(2), rs.getString(3),
                                rs.getString(4), rs.getLong(5)));
                    }
                }
                return rows;
            }
        });
    }

    @Override
    public List<WeeklyEnforcement> enforcementPerWeek(String region) {
        return jdbc(connection -> enforcementPerWeek(connection, region));
    }

    static List<WeeklyEnforcement> enforcementPerWeek(Connection connection, String region) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("SELECT iso_week, action, sum(event_count)"
                + " FROM transparency_enforcement_count" + (region == null ? "" : " WHERE region = ?")
                + " GROUP BY iso_week, action ORDER BY iso_week, action")) {
            if (region != null) {
                s.setString(1, region);
            }
            List<WeeklyEnforcement> rows = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(new WeeklyEnforcement(rs.getString(1), rs.getString(2), rs.getLong(3)));
                }
            }
            return rows;
        }
    }

    @Override
    public List<String> enforcementRegions() {
        return jdbc(connection -> {
            List<String> regions = new ArrayList<>();
            try (Statement s = connection.createStatement();
                 ResultSet rs = s.executeQuery("SELECT DISTINCT region FROM transparency_enforcement_count ORDER BY region")) {
                while (rs.next()) {
                    regions.add(rs.getString(1));
                }
            }
            return regions;
        });
    }

    @Override
    public List<FactCheckFigure> factCheckFigures() {
        return jdbc(connection -> {
            List<FactCheckFigure> figures = new ArrayList<>();
            try (Statement s = connection.createStatement();
                 ResultSet rs = s.executeQuery("SELECT figure, label, figure_value FROM transparency_factcheck_figure"
                         + " ORDER BY figure, label")) {
                while (rs.next()) {
                    figures.add(new FactCheckFigure(rs.getString(1), rs.getString(2), rs.getDouble(3)));
                }
            }
            return figures;
        });
    }

    @Override
    public List<PublishedFactCheck> publishedFactChecks(long beforeId, int limit) {
        return jdbc(connection -> {
            try (PreparedStatement s = connection.prepareStatement(PUBLISHED_COLUMNS + " WHERE" + PUBLISHED
                    + " AND r.id < ? ORDER BY r.id DESC FETCH FIRST ? ROWS ONLY")) {
                s.setLong(1, beforeId);
                s.setInt(2, limit);
                return published(s);
            }
        });
    }

    @Override
    public Optional<PublishedFactCheck> publishedFactCheck(long id) {
        return jdbc(connection -> {
            try (PreparedStatement s = connection.prepareStatement(PUBLISHED_COLUMNS + " WHERE" + PUBLISHED
                    + " AND r.id = ?")) {
                s.setLong(1, id);
                return published(s).stream().findFirst();
            }
        });
    }

    @Override
    public List<EnforcementCount> enforcementBefore(Instant end) {
        boolean postgres = Databases.isPostgres(em);
        return jdbc(connection -> enforcementBefore(connection, postgres, end));
    }

    static List<EnforcementCount> enforcementBefore(Connection connection, boolean postgres, Instant end)
            throws SQLException {
        List<EnforcementCount> rows = new ArrayList<>();
        if (!postgres) {
            countWhileReading(connection, end).forEach((k, n) -> rows.add(new EnforcementCount(k.get(0), k.get(1),
                    k.get(2), k.get(3), n)));
        } else {
            try (PreparedStatement s = connection.prepareStatement("SELECT to_char(e.occurred_at AT TIME ZONE 'UTC',"
                    + " 'IYYY-\"W\"IW'), e.policy_version, e.action, COALESCE(NULLIF(c.region, ''), '"
                    + EnforcementEvents.UNKNOWN_REGION + "'), count(*)" + ENFORCEMENT_SOURCE
                    + " AND e.occurred_at < ? GROUP BY 1, 2, 3, 4")) {
                s.setObject(1, OffsetDateTime.ofInstant(end, ZoneOffset.UTC));
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new EnforcementCount(rs.getString(1), rs.getString(2), rs.getString(3),
                                rs.getString(4), rs.getLong(5)));
                    }
                }
            }
        }
        // One order on both databases, independent of collation: the dump must be the same bytes every time.
        rows.sort(java.util.Comparator.comparing(EnforcementCount::week).thenComparing(EnforcementCount::policy)
                .thenComparing(EnforcementCount::action).thenComparing(EnforcementCount::region));
        return rows;
    }

    @Override
    public List<PublishedFactCheck> publishedFactChecksAt(Instant end) {
        return jdbc(connection -> {
            try (PreparedStatement s = connection.prepareStatement(PUBLISHED_COLUMNS + " WHERE r.copy_of_rating_id IS NULL"
                    + " AND r.verdict <> '" + Verdict.NOT_ELIGIBLE.name() + "' AND r.rated_at < ?"
                    + " AND (r.superseded_at IS NULL OR r.superseded_at >= ?) ORDER BY r.id")) {
                s.setObject(1, OffsetDateTime.ofInstant(end, ZoneOffset.UTC));
                s.setObject(2, OffsetDateTime.ofInstant(end, ZoneOffset.UTC));
                return published(s);
            }
        });
    }

    @Override
    public List<FactCheckFigure> factCheckFiguresAt(Instant end) {
        return jdbc(connection -> factCheckFiguresAt(connection, end));
    }

    /**
     * A rebuild counts from the moment it completed, which is when its {@code EXEMPTION_LIST_REBUILT} event was
     * appended (the list's row records only when the rebuild began); the list in force at {@code end} is the one
     * completed last before it.
     */
    @Override
    public List<ExemptionRebuild> exemptionRebuildsAt(Instant end) {
        return jdbc(connection -> {
            try (PreparedStatement s = connection.prepareStatement("SELECT l.id, l.built_at, l.source, l.size, l.entered,"
                    + " l.left_count, done.completed_at FROM exemption_list l JOIN (SELECT e.subject_id,"
                    + " max(e.occurred_at) AS completed_at FROM audit_event e WHERE e.subject_type = '"
                    + AuditSubject.EXEMPTION_LIST.name() + "' AND e.action = '" + AuditAction.EXEMPTION_LIST_REBUILT.name()
                    + "' AND e.occurred_at < ? GROUP BY e.subject_id) done"
                    + " ON done.subject_id = CAST(l.id AS VARCHAR(20)) ORDER BY l.built_at DESC, l.id DESC")) {
                s.setObject(1, OffsetDateTime.ofInstant(end, ZoneOffset.UTC));
                List<Object[]> rows = new ArrayList<>();
                long inForce = -1;
                Instant lastCompleted = Instant.MIN;
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        long id = rs.getLong(1);
                        Instant completed = rs.getObject(7, OffsetDateTime.class).toInstant();
                        if (completed.isAfter(lastCompleted) || completed.equals(lastCompleted) && id > inForce) {
                            lastCompleted = completed;
                            inForce = id;
                        }
                        rows.add(new Object[] {id, rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getString(3),
                                rs.getInt(4), rs.getInt(5), rs.getInt(6)});
                    }
                }
                List<ExemptionRebuild> rebuilds = new ArrayList<>();
                for (Object[] r : rows) {
                    rebuilds.add(new ExemptionRebuild((Instant) r[1], ExemptionRebuild.publicSource((String) r[2]),
                            (int) r[3], (int) r[4], (int) r[5], (long) r[0] == inForce));
                }
                return rebuilds;
            }
        });
    }

    @Override
    public List<PublicOverride> overridesInForceAt(Instant end) {
        return jdbc(connection -> {
            try (PreparedStatement s = connection.prepareStatement("SELECT domain, mode, reason, created_at, expires_at"
                    + " FROM domain_override WHERE created_at < ? AND (expires_at IS NULL OR expires_at > ?)"
                    + " AND (revoked_at IS NULL OR revoked_at > ?) ORDER BY id")) {
                OffsetDateTime at = OffsetDateTime.ofInstant(end, ZoneOffset.UTC);
                s.setObject(1, at);
                s.setObject(2, at);
                s.setObject(3, at);
                List<PublicOverride> overrides = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        OffsetDateTime expires = rs.getObject(5, OffsetDateTime.class);
                        overrides.add(new PublicOverride(rs.getString(1), rs.getString(2), rs.getString(3),
                                rs.getObject(4, OffsetDateTime.class).toInstant(),
                                expires == null ? null : expires.toInstant()));
                    }
                }
                // By domain as the open data lists them, independent of the database's collation.
                overrides.sort(java.util.Comparator.comparing(PublicOverride::domain)
                        .thenComparing(PublicOverride::since));
                return overrides;
            }
        });
    }

    private static List<PublishedFactCheck> published(PreparedStatement s) throws SQLException {
        List<PublishedFactCheck> out = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                boolean nameable = NAMEABLE_AUTHORS.contains(rs.getString(10));
                out.add(new PublishedFactCheck(rs.getLong(1), rs.getString(2), Verdict.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getString(5), rs.getObject(6, OffsetDateTime.class).toInstant(),
                        nameable ? rs.getString(7) : null,
                        rs.getObject(8, OffsetDateTime.class).toInstant(),
                        EnforcementEvents.region(rs.getString(9))));
            }
        }
        return out;
    }
}
