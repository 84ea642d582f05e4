package org.veracity.domain.transparency;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The public figures' summary tables, and the published ratings the public may read. */
public interface TransparencyRepository {

    /** Rebuilds the enforcement counts from the audit trail; answers how many events were counted. */
    long recomputeEnforcement();

    /** Rebuilds the fact-checking figures; answers how many ratings they were made from. */
    long recomputeFactChecking();

    void markRefreshed(String figures, Instant at, long sourceRows);

    Optional<Freshness> freshness(String figures);

    /** Rows newest week first, then policy, action, region; {@code region} null for every region. */
    List<EnforcementCount> enforcement(String region, int offset, int limit);

    /** Counts per week and action over every policy version, oldest week first; {@code region} null for all. */
    List<WeeklyEnforcement> enforcementPerWeek(String region);

    /** The regions that have enforcement counts, in order. */
    List<String> enforcementRegions();

    List<FactCheckFigure> factCheckFigures();

    /** Current, published ratings (not copies), newest first, with ids below {@code beforeId}. */
    List<PublishedFactCheck> publishedFactChecks(long beforeId, int limit);

    Optional<PublishedFactCheck> publishedFactCheck(long id);

    /** Enforcement counts from the events before {@code end}, ordered by week, policy, action, region. */
    List<EnforcementCount> enforcementBefore(Instant end);

    /** The fact-checks published before {@code end} and still current at {@code end}, by id. */
    List<PublishedFactCheck> publishedFactChecksAt(Instant end);

    /** The fact-checking figures as they stood at {@code end}, ordered by figure and label. */
    List<FactCheckFigure> factCheckFiguresAt(Instant end);

    /** The exemption list's rebuilds completed before {@code end}, newest first; {@code active} as at {@code end}. */
    List<ExemptionRebuild> exemptionRebuildsAt(Instant end);

    /** The exemption overrides in force at {@code end}, by domain. */
    List<PublicOverride> overridesInForceAt(Instant end);
}
