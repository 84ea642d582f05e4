package org.veracity.interfaces.rest.signal;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.veracity.application.FieldProblem;
import org.veracity.domain.signal.SignalKind;
import org.veracity.domain.signal.SignalSubmission;
import org.veracity.interfaces.rest.Conversions;

/** The body of {@code POST /api/v1/signals}. */
@XmlRootElement(name = "signalBatch")
@XmlAccessorType(XmlAccessType.FIELD)
@Schema(name = "SignalBatch", description = "Engagement signals, each answered on its own")
public class SignalBatch {

    static final String EXAMPLE = "{\"signals\":[{\"id\":\"sig-1\",\"contentId\":\"post-8841\",\"kind\":"
            + "\"FALSE_NEWS_REPORT\",\"count\":30,\"at\":\"2020-10-14T13:00:00Z\"},{\"id\":\"sig-2\","
            + "\"contentId\":\"post-8841\",\"kind\":\"CLASSIFIER_SCORE\",\"score\":0.82,\"at\":"
            + "\"2020-10-14T13:00:00Z\"}]}";

    @XmlElement(name = "signals")
    @Schema(description = "The signals, answered in this order", required = true)
    public List<Item> signals;

    @XmlAccessorType(XmlAccessType.FIELD)
    @Schema(name = "Signal")
    public static class Item {
        @Schema(description = "The integrator's own id of the signal; intake is idempotent per id", required = true,
                example = "sig-1")
        public String id;
        @Schema(description = "The id of the content item it concerns", required = true, example = "post-8841")
        public String contentId;
        @Schema(description = "What kind of signal", required = true, example = "FALSE_NEWS_REPORT",
                implementation = SignalKind.class)
        public String kind;
        @Schema(description = "How many of them (default 1)", example = "30")
        public Integer count;
        @Schema(description = "For CLASSIFIER_SCORE: the integrator's classifier score in [0, 1]", example = "0.82")
        public Double score;
        @Schema(description = "When they were observed (ISO-8601 instant)", required = true,
                example = "2020-10-14T13:00:00Z")
        public String at;

        public SignalSubmission toSubmission(List<FieldProblem> problems) {
            return new SignalSubmission(id, contentId, Conversions.enumValue("kind", kind, SignalKind.class, problems),
                    count == null ? 1 : count, score, Conversions.instant("at", at, problems));
        }
    }
}
