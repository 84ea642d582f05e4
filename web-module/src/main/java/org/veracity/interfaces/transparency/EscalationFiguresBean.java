package org.veracity.interfaces.transparency;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.veracity.application.EscalationService;
import org.veracity.application.EscalationService.FigureRow;
import org.veracity.domain.factcheck.SizeBand;
import org.veracity.interfaces.web.Charts;

/** /transparency/escalations (R20, R23): service levels per week and reporter size band, as a table and a chart. */
@Named
@RequestScoped
public class EscalationFiguresBean {

    @Inject
    EscalationService escalations;

    private List<FigureRow> rows;

    public List<FigureRow> getRows() {
        if (rows == null) {
            rows = escalations.figures();
        }
        return rows;
    }

    /** Hours, one decimal; a dash while nothing was answered. */
    public String hours(Long seconds) {
        return seconds == null ? "—" : String.format(java.util.Locale.ROOT, "%.1f h", seconds / 3600.0);
    }

    public String percent(Double share) {
        return share == null ? "—" : String.format(java.util.Locale.ROOT, "%.0f %%", share * 100);
    }

    public String outcomes(FigureRow row) {
        StringBuilder out = new StringBuilder();
        row.outcomes().forEach((a, n) -> out.append(out.length() == 0 ? "" : ", ").append(a.label()).append(": ").append(n));
        return out.length() == 0 ? "—" : out.toString();
    }

    /** Median hours to first response, per week (oldest first) and size band. */
    public String getChart() {
        List<String> weeks = new ArrayList<>(new TreeSet<>(getRows().stream().map(FigureRow::week).toList()));
        Map<String, List<Number>> series = new LinkedHashMap<>();
        for (SizeBand band : SizeBand.values()) {
            if (getRows().stream().noneMatch(r -> r.sizeBand() == band)) {
                continue;
            }
            List<Number> values = new ArrayList<>();
            for (String week : weeks) {
                values.add(getRows().stream().filter(r -> r.sizeBand() == band && r.week().equals(week)
                                && r.medianFirstResponseSeconds() != null)
                        .map(r -> (Number) (r.medianFirstResponseSeconds() / 3600.0)).findFirst().orElse(0));
            }
            series.put(band.label(), values);
        }
        return Charts.bar(weeks, series, "Median hours to first response, by reporter size");
    }
}
