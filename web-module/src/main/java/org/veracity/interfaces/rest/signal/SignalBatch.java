package org.veracity.interfaces.rest.signal;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.List;
import org.veracity.application.FieldProblem;
import org.veracity.domain.signal.SignalKind;
import org.veracity.domain.signal.SignalSubmission;
import org.veracity.interfaces.rest.Conversions;

/** The body of {@code POST /api/v1/signals}. */
@XmlRootElement(name = "signalBatch")
@XmlAccessorType(XmlAccessType.FIELD)
public class SignalBatch {

    @XmlElement(name = "signals")
    public List<Item> signals;

    @XmlAccessorType(XmlAccessType.FIELD)
    public static class Item {
        public String id;
        public String contentId;
        public String kind;
        public Integer count;
        public Double score;
        public String at;

        public SignalSubmission toSubmission(List<FieldProblem> problems) {
            return new SignalSubmission(id, contentId, Conversions.enumValue("kind", kind, SignalKind.class, problems),
                    count == null ? 1 : count, score, Conversions.instant("at", at, problems));
        }
    }
}
