package org.veracity.interfaces.rest.content;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.ArrayList;
import java.util.List;
import org.veracity.application.PrepublishCheckService.PrepublishDecision;

/** {@code {"decision":"OK|BLOCKED|NEEDS_DISCLOSURE|REMOVED","reasons":[…],"evidence":[…]}} (DESIGN §4). */
@XmlRootElement(name = "prepublishCheck")
@XmlAccessorType(XmlAccessType.FIELD)
public class PrepublishAnswer {

    public String decision;

    @XmlElement(name = "reasons")
    public List<String> reasons = new ArrayList<>();

    @XmlElement(name = "evidence")
    public List<String> evidence = new ArrayList<>();

    static PrepublishAnswer of(PrepublishDecision d) {
        PrepublishAnswer a = new PrepublishAnswer();
        a.decision = d.decision().name();
        a.reasons.addAll(d.reasons());
        a.evidence.addAll(d.evidence());
        return a;
    }
}
