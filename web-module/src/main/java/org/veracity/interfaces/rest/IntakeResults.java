package org.veracity.interfaces.rest;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.ArrayList;
import java.util.List;
import org.veracity.application.IntakeResult;

/** {@code {"results":[{"id","status","reason","errors"}]}}: one entry per submitted item or signal, in order. */
@XmlRootElement(name = "intakeResults")
@XmlAccessorType(XmlAccessType.FIELD)
public class IntakeResults {

    @XmlElement(name = "results")
    public List<Entry> results = new ArrayList<>();

    @XmlAccessorType(XmlAccessType.FIELD)
    public static class Entry {
        public String id;
        public String status;
        public String reason;
        @XmlElement(name = "errors")
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
