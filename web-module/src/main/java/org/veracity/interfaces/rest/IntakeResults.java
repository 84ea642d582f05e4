package org.veracity.interfaces.rest;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.veracity.application.IntakeResult;
import org.veracity.application.IntakeStatus;

/** {@code {"results":[{"id","status","reason","errors"}]}}: one entry per submitted item or signal, in order. */
@XmlRootElement(name = "intakeResults")
@XmlAccessorType(XmlAccessType.FIELD)
@Schema(name = "IntakeResults")
public class IntakeResults {

    @XmlElement(name = "results")
    public List<Entry> results = new ArrayList<>();

    @XmlAccessorType(XmlAccessType.FIELD)
    @Schema(name = "IntakeResult", description = "The answer for one submitted item or signal")
    public static class Entry {
        @Schema(description = "The id as sent", example = "post-8841")
        public String id;
        @Schema(description = "What intake did with it", example = "ACCEPTED", implementation = IntakeStatus.class)
        public String status;
        @Schema(description = "Why it was rejected or removed, in words")
        public String reason;
        @XmlElement(name = "errors")
        @Schema(description = "For REJECTED: one entry per field at fault")
        public List<Problem.FieldError> errors = new ArrayList<>();
    }

    public static IntakeResults of(List<IntakeResult> results) {
        IntakeResults out = new IntakeResults();
        for (IntakeResult r : results) {
            Entry e = new Entry();
            e.id = r.id();
            e.status = r.status().name();
            e.reason = r.reason();
            r.errors().forEach(fp -> e.errors.add(new Problem.FieldError(fp.field(), fp.message())));
            out.results.add(e);
        }
        return out;
    }
}
