package org.veracity.interfaces.transparency;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.veracity.application.TransparencyService;
import org.veracity.domain.transparency.FactCheckFigure;
import org.veracity.domain.transparency.Freshness;
import org.veracity.interfaces.web.Charts;

/** The public fact-checking page (R23): enqueued, ratings per verdict and partner, time to rating, disputes. */
@Named
@RequestScoped
public class FactCheckingBean {

    @Inject
    TransparencyService transparency;

    private List<FactCheckFigure> figures;

    private List<FactCheckFigure> figures() {
        if (figures == null) {
            figures = transparency.factCheckFigures();
        }
        return figures;
    }

    public List<FactCheckFigure> of(String figure) {
        return figures().stream().filter(f -> f.figure().equals(figure)).toList();
    }

    public List<FactCheckFigure> getEnqueued() {
        return of(FactCheckFigure.ENQUEUED);
    }

    public List<FactCheckFigure> getVerdicts() {
        return of(FactCheckFigure.VERDICT);
    }

    public List<FactCheckFigure> getPartners() {
        return of(FactCheckFigure.PARTNER);
    }

    public List<FactCheckFigure> getDisputes() {
        return of(FactCheckFigure.DISPUTE);
    }

    public String getMedianHours() {
        return of(FactCheckFigure.MEDIAN_HOURS).stream().findFirst()
                .map(f -> String.format(Locale.ROOT, "%.1f", f.value())).orElse(null);
    }

    public String getRefreshedAt() {
        return transparency.freshness(Freshness.FACT_CHECKING).map(Freshness::refreshedAt).map(Instant::toString)
                .orElse(null);
    }

    public String getVerdictChart() {
        List<FactCheckFigure> verdicts = getVerdicts();
        return Charts.bar(verdicts.stream().map(FactCheckFigure::label).toList(),
                Map.of("Current ratings", verdicts.stream().<Number>map(f -> (long) f.value()).toList()),
                "Current ratings per verdict");
    }

    public String getVerdictSummary() {
        return "Bar chart of current ratings per verdict: " + (getVerdicts().isEmpty() ? "none yet"
                : getVerdicts().stream().map(f -> f.label() + " " + (long) f.value()).collect(Collectors.joining(", ")))
                + ". The same figures are in the table below.";
    }

    public long count(FactCheckFigure f) {
        return (long) f.value();
    }
}
