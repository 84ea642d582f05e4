package org.veracity.interfaces.transparency;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.veracity.application.EscalationService;
import org.veracity.application.EscalationService.FigureRow;
import org.veracity.domain.escalation.DecisionAction;

/**
 * Open data (R20, R23): escalation service levels per ISO week and reporter size band, without a token — JSON or
 * XML, or CSV for {@code Accept: text/csv}.
 */
@Path("v1/transparency/escalations")
@Tag(name = "transparency")
public class EscalationFiguresResource {


    @Inject
    EscalationService escalations;

    @GET
    @Produces({MediaType.APPLICATION_JSON, MediaType.APPLICATION_XML, OpenDataAnswers.CSV})
    @Operation(operationId = "escalationServiceLevels", summary = "Escalation service levels by week and reporter size",
            description = "Public, no token (R20, R23): per ISO week of receipt and reporter size band, escalations "
                    + "received, median and 90th percentile seconds to first response and to decision, the share "
                    + "answered within the SLA, and the outcomes. CSV with Accept: text/csv.")
    @APIResponse(responseCode = "200", description = "The figures, newest week first",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "EscalationServiceLevels")),
                    @Content(mediaType = OpenDataAnswers.CSV)})
    public Response figures(@Context HttpHeaders headers) {
        List<FigureRow> rows = escalations.figures();
        if (OpenDataAnswers.wantsCsv(headers)) {
            return Response.ok(csv(rows), OpenDataAnswers.CSV_TYPE)
                    .header("Content-Disposition", "inline; filename=\"escalation-service-levels.csv\"").build();
        }
        Figures out = new Figures();
        rows.forEach(r -> out.rows.add(Figure.of(r)));
        return Response.ok(out).build();
    }

    /** The same figures as CSV, written by the open data's one CSV writer (Commons CSV). */
    static String csv(List<FigureRow> rows) {
        List<String> header = new ArrayList<>(List.of("week", "sizeBand", "received", "medianFirstResponseSeconds",
                "p90FirstResponseSeconds", "medianDecisionSeconds", "p90DecisionSeconds", "firstResponseWithinSla",
                "decisionWithinSla"));
        for (DecisionAction a : DecisionAction.values()) {
            header.add("outcome" + a.name());
        }
        header.add("firstResponseBreaches");
        header.add("decisionBreaches");
        List<List<?>> records = new ArrayList<>();
        for (FigureRow r : rows) {
            List<Object> record = new ArrayList<>(List.of(r.week(), r.sizeBand().name(), r.received(),
                    blank(r.medianFirstResponseSeconds()), blank(r.p90FirstResponseSeconds()),
                    blank(r.medianDecisionSeconds()), blank(r.p90DecisionSeconds()), share(r.firstResponseWithinSla()),
                    share(r.decisionWithinSla())));
            for (DecisionAction a : DecisionAction.values()) {
                record.add(r.outcomes().getOrDefault(a, 0));
            }
            record.add(r.firstResponseBreaches());
            record.add(r.decisionBreaches());
            records.add(record);
        }
        return OpenDataAnswers.csv(header, records);
    }

    private static String blank(Long value) {
        return value == null ? "" : value.toString();
    }

    private static String share(Double value) {
        return value == null ? "" : String.format(Locale.ROOT, "%.3f", value);
    }

    @XmlRootElement(name = "escalationServiceLevels")
    @XmlAccessorType(XmlAccessType.FIELD)
    @Schema(name = "EscalationServiceLevels")
    public static class Figures {
        @XmlElement(name = "rows")
        public List<Figure> rows = new ArrayList<>();
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @Schema(name = "EscalationServiceLevel", description = "One ISO week and reporter size band")
    public static class Figure {
        @Schema(description = "ISO week of receipt (UTC)", required = true, example = "2026-W45")
        public String week;
        @Schema(description = "NATIONAL, STATEWIDE, LOCAL or PUBLIC", required = true, example = "LOCAL")
        public String sizeBand;
        @Schema(description = "Escalations received", required = true, example = "12")
        public int received;
        public Long medianFirstResponseSeconds;
        public Long p90FirstResponseSeconds;
        public Long medianDecisionSeconds;
        public Long p90DecisionSeconds;
        @Schema(description = "Share of first responses within the SLA (of those answered or overdue)", example = "0.95")
        public Double firstResponseWithinSla;
        @Schema(description = "Share of decisions within the SLA (of those decided or overdue)", example = "0.9")
        public Double decisionWithinSla;
        @XmlElement(name = "outcomes")
        @Schema(description = "Decisions by action")
        public List<Outcome> outcomes = new ArrayList<>();
        @Schema(description = "First-response breaches recorded when they happened", required = true, example = "1")
        public int firstResponseBreaches;
        @Schema(description = "Decision breaches recorded when they happened (the clock pauses while the reporter is"
                + " asked for information)", required = true, example = "0")
        public int decisionBreaches;

        static Figure of(FigureRow r) {
            Figure f = new Figure();
            f.week = r.week();
            f.sizeBand = r.sizeBand().name();
            f.received = r.received();
            f.medianFirstResponseSeconds = r.medianFirstResponseSeconds();
            f.p90FirstResponseSeconds = r.p90FirstResponseSeconds();
            f.medianDecisionSeconds = r.medianDecisionSeconds();
            f.p90DecisionSeconds = r.p90DecisionSeconds();
            f.firstResponseWithinSla = r.firstResponseWithinSla();
            f.firstResponseBreaches = r.firstResponseBreaches();
            f.decisionBreaches = r.decisionBreaches();
            f.decisionWithinSla = r.decisionWithinSla();
            r.outcomes().forEach((a, n) -> {
                Outcome o = new Outcome();
                o.action = a.name();
                o.count = n;
                f.outcomes.add(o);
            });
            return f;
        }
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @Schema(name = "EscalationOutcome")
    public static class Outcome {
        @Schema(required = true, example = "REMOVED")
        public String action;
        @Schema(required = true, example = "3")
        public int count;
    }
}
