package org.veracity.domain.escalation;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.veracity.domain.factcheck.SizeBand;

/**
 * R20/R23: the published service levels, per ISO week of receipt (UTC) and reporter size band: how many escalations
 * were received, the median and 90th percentile time to first response and to decision (nearest-rank, over those
 * answered), the share answered within the SLA (of those whose due time has passed or that were answered), and
 * the decisions' outcomes, and the breaches recorded when they happened (first response, decision).
 */
public final class ServiceLevelFigures {

    private ServiceLevelFigures() {
    }

    public record Row(String week, SizeBand band, int received, Duration medianFirstResponse,
                      Duration p90FirstResponse, Duration medianDecision, Duration p90Decision,
                      Double firstResponseWithinSla, Double decisionWithinSla, Map<DecisionAction, Integer> outcomes,
                      int firstResponseBreaches, int decisionBreaches) {
    }

    public static String isoWeek(Instant at) {
        var d = at.atZone(ZoneOffset.UTC).toLocalDate();
        return String.format("%d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    public static List<Row> of(List<Escalation> escalations, Instant now) {
        Map<String, Map<SizeBand, List<Escalation>>> groups = new TreeMap<>(Comparator.reverseOrder());
        for (Escalation e : escalations) {
            groups.computeIfAbsent(isoWeek(e.getReceivedAt()), w -> new EnumMap<>(SizeBand.class))
                    .computeIfAbsent(e.getSizeBand(), b -> new ArrayList<>()).add(e);
        }
        List<Row> rows = new ArrayList<>();
        groups.forEach((week, bands) -> bands.forEach((band, list) -> rows.add(row(week, band, list, now))));
        return rows;
    }

    private static Row row(String week, SizeBand band, List<Escalation> list, Instant now) {
        List<Duration> first = sorted(list.stream().map(Escalation::timeToFirstResponse).toList());
        List<Duration> decision = sorted(list.stream().map(Escalation::timeToDecision).toList());
        Map<DecisionAction, Integer> outcomes = new EnumMap<>(DecisionAction.class);
        list.stream().filter(e -> e.decision() != null)
                .forEach(e -> outcomes.merge(e.decision().action(), 1, Integer::sum));
        List<Escalation> firstJudged = list.stream()
                .filter(e -> e.getFirstResponseAt() != null || now.isAfter(e.getFirstResponseDue())).toList();
        List<Escalation> decisionJudged = list.stream()
                .filter(e -> e.firstDecisionAt() != null || now.isAfter(e.getDecisionDue())).toList();
        return new Row(week, band, list.size(), percentile(first, 50), percentile(first, 90),
                percentile(decision, 50), percentile(decision, 90),
                share(firstJudged, e -> !e.firstResponseBreachedAt(now)),
                share(decisionJudged, e -> !e.decisionBreachedAt(now)), outcomes,
                (int) list.stream().filter(e -> e.getFirstResponseBreachedAt() != null).count(),
                (int) list.stream().filter(e -> e.getDecisionBreachedAt() != null).count());
    }

    private static List<Duration> sorted(List<Duration> durations) {
        return durations.stream().filter(d -> d != null).sorted().collect(Collectors.toList());
    }

    /** Nearest-rank percentile; null when nothing was answered. */
    static Duration percentile(List<Duration> sorted, int p) {
        if (sorted.isEmpty()) {
            return null;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    private static Double share(List<Escalation> judged, java.util.function.Predicate<Escalation> within) {
        return judged.isEmpty() ? null : (double) judged.stream().filter(within).count() / judged.size();
    }
}
