package org.veracity.application;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.veracity.domain.access.Actor;
import org.veracity.domain.transparency.EnforcementCount;
import org.veracity.domain.transparency.FactCheckFigure;
import org.veracity.domain.transparency.Freshness;
import org.veracity.domain.transparency.PublishedFactCheck;
import org.veracity.domain.transparency.WeeklyEnforcement;

/**
 * What the public may read about Veracity's work (R23), from summary tables that
 * {@link #recompute} rebuilds (the nightly {@code recompute-transparency} job, or an administrator on
 * demand): reading never scans the audit trail, so the pages stay fast over millions of events.
 */
public interface TransparencyService {

    /** The most rows a page of open data holds; a reader may ask for one more to learn whether a next page exists. */
    int MOST_ROWS = 1000;

    /** Rebuilds every summary table as of now; answers what was recomputed. Administrators and Veracity only. */
    List<Freshness> recompute(@NotNull Actor actor);

    /** When the figures were last recomputed (empty before the first run). */
    Optional<Freshness> freshness(@NotNull String figures);

    /** Enforcement counts, newest week first; {@code region} null for all regions. */
    List<EnforcementCount> enforcement(String region, @Min(0) int offset, @Min(1) @Max(MOST_ROWS + 1) int limit);

    /** Every week's enforcements per action, oldest week first; {@code region} null for all regions. */
    List<WeeklyEnforcement> enforcementPerWeek(String region);

    List<String> enforcementRegions();

    List<FactCheckFigure> factCheckFigures();

    /** Published ratings, newest first, with ids below {@code beforeId} ({@code Long.MAX_VALUE} for the first page). */
    List<PublishedFactCheck> publishedFactChecks(@Min(1) long beforeId, @Min(1) @Max(MOST_ROWS + 1) int limit);

    Optional<PublishedFactCheck> publishedFactCheck(long id);
}
