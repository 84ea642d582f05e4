package org.veracity.interfaces.transparency;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.veracity.application.TransparencyService;
import org.veracity.domain.transparency.EnforcementCount;
import org.veracity.domain.transparency.Freshness;
import org.veracity.domain.transparency.WeeklyEnforcement;
import org.veracity.interfaces.web.Charts;
import org.veracity.interfaces.web.PageData;

/**
 * The public enforcement page (R23): counts per week, policy version, action and region, with a region filter. The
 * chart and the totals cover every week; the table shows the latest rows (all of them are open data), because
 * rendering a table of a thousand rows was most of the page's time (docs/benchmarks.md).
 */
@Named
@RequestScoped
public class EnforcementFiguresBean {

    /** The page shows the latest counts; the open data has all of them. */
    static final int ROWS = 200;

    @Inject
    TransparencyService transparency;

    private String region;
    private List<EnforcementCount> rows;
    private List<WeeklyEnforcement> weeks;

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region == null || !region.matches("[A-Z]{2}") ? null : region;
    }

    private final PageData<List<String>> regions = PageData.of(() -> transparency.enforcementRegions());

    public List<String> getRegions() {
        return regions.get();
    }

    public List<EnforcementCount> getRows() {
        if (rows == null) {
            rows = transparency.enforcement(region, 0, ROWS);
        }
        return rows;
    }

    private List<WeeklyEnforcement> getWeeks() {
        if (weeks == null) {
            weeks = transparency.enforcementPerWeek(region);
        }
        return weeks;
    }

    /** Every enforcement counted (in the region), not only the rows the table shows. */
    public long getTotal() {
        return getWeeks().stream().mapToLong(WeeklyEnforcement::count).sum();
    }

    public boolean isAllShown() {
        return getRows().size() < ROWS;
    }

    public String getRefreshedAt() {
        return transparency.freshness(Freshness.ENFORCEMENT).map(Freshness::refreshedAt).map(Instant::toString)
                .orElse(null);
    }

    /** Actions per week (oldest week first), one bar series per action. */
    public String getChart() {
        TreeSet<String> labels = new TreeSet<>();
        Map<String, Map<String, Long>> byAction = new TreeMap<>();
        for (WeeklyEnforcement w : getWeeks()) {
            labels.add(w.week());
            byAction.computeIfAbsent(w.action(), a -> new TreeMap<>()).merge(w.week(), w.count(), Long::sum);
        }
        Map<String, List<Number>> series = new LinkedHashMap<>();
        byAction.forEach((action, perWeek) -> {
            List<Number> values = new ArrayList<>();
            labels.forEach(w -> values.add(perWeek.getOrDefault(w, 0L)));
            series.put(action, values);
        });
        return Charts.bar(List.copyOf(labels), series, "Enforcement actions per ISO week"
                + (region == null ? "" : " in " + region));
    }

    /** The chart's text alternative: the totals per action. */
    public String getChartSummary() {
        Map<String, Long> perAction = new TreeMap<>();
        getWeeks().forEach(w -> perAction.merge(w.action(), w.count(), Long::sum));
        StringBuilder text = new StringBuilder("Bar chart of enforcement actions per week");
        text.append(region == null ? " in all regions" : " in " + region).append(". Totals: ");
        List<String> parts = new ArrayList<>();
        perAction.forEach((a, n) -> parts.add(a + " " + n));
        text.append(parts.isEmpty() ? "none" : String.join(", ", parts)).append(". Every figure is in the open data.");
        return text.toString();
    }
}
