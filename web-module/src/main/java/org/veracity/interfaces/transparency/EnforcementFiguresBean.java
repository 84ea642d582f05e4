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
import org.veracity.interfaces.web.PageData;
import org.veracity.application.TransparencyService;
import org.veracity.domain.transparency.EnforcementCount;
import org.veracity.domain.transparency.Freshness;
import org.veracity.interfaces.web.Charts;

/** The public enforcement page (R23): counts per week, policy version, action and region, with a region filter. */
@Named
@RequestScoped
public class EnforcementFiguresBean {

    /** The page shows the latest counts; the open data has all of them. */
    static final int ROWS = TransparencyService.MOST_ROWS;

    @Inject
    TransparencyService transparency;

    private String region;
    private List<EnforcementCount> rows;

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

    public long getTotal() {
        return getRows().stream().mapToLong(EnforcementCount::count).sum();
    }

    public String getRefreshedAt() {
        return transparency.freshness(Freshness.ENFORCEMENT).map(Freshness::refreshedAt).map(Instant::toString)
                .orElse(null);
    }

    /** Actions per week (oldest week first), one bar series per action. */
    public String getChart() {
        TreeSet<String> weeks = new TreeSet<>();
        Map<String, Map<String, Long>> byAction = new TreeMap<>();
        for (EnforcementCount c : getRows()) {
            weeks.add(c.week());
            byAction.computeIfAbsent(c.action(), a -> new TreeMap<>()).merge(c.week(), c.count(), Long::sum);
        }
        Map<String, List<Number>> series = new LinkedHashMap<>();
        byAction.forEach((action, perWeek) -> {
            List<Number> values = new ArrayList<>();
            weeks.forEach(w -> values.add(perWeek.getOrDefault(w, 0L)));
            series.put(action, values);
        });
        return Charts.bar(List.copyOf(weeks), series, "Enforcement actions per ISO week"
                + (region == null ? "" : " in " + region));
    }

    /** The chart's text alternative: the totals per action. */
    public String getChartSummary() {
        Map<String, Long> perAction = new TreeMap<>();
        getRows().forEach(c -> perAction.merge(c.action(), c.count(), Long::sum));
        StringBuilder text = new StringBuilder("Bar chart of enforcement actions per week");
        text.append(region == null ? " in all regions" : " in " + region).append(". Totals: ");
        List<String> parts = new ArrayList<>();
        perAction.forEach((a, n) -> parts.add(a + " " + n));
        text.append(parts.isEmpty() ? "none" : String.join(", ", parts)).append(". Every figure is in the table below.");
        return text.toString();
    }
}
