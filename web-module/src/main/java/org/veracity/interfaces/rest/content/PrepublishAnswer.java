package org.veracity.interfaces.rest.content;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.veracity.application.PrepublishCheckService.PrepublishDecision;
import org.veracity.application.PrepublishCheckService;

/** {@code {"decision":"OK|BLOCKED|NEEDS_DISCLOSURE|REMOVED","reasons":[…],"evidence":[…]}} (DESIGN §4). */
@XmlRootElement(name = "prepublishCheck")
@XmlAccessorType(XmlAccessType.FIELD)
@Schema(name = "PrepublishAnswer")
public class PrepublishAnswer {

    @Schema(description = "What intake would do with the post", example = "REMOVED",
            implementation = PrepublishCheckService.Decision.class)
    public String decision;

    @XmlElement(name = "reasons")
    @Schema(description = "Why, in words", example = "[\"the post carries #StopTheSteal of a movement banned under "
            + "dangerous-movements@v2\"]")
    public List<String> reasons = new ArrayList<>();

    @XmlElement(name = "evidence")
    @Schema(description = "What matched: hashtags, phrases, hashes, policy versions")
    public List<String> evidence = new ArrayList<>();

    static PrepublishAnswer of(PrepublishDecision d) {
        PrepublishAnswer a = new PrepublishAnswer();
        a.decision = d.decision().name();
        a.reasons.addAll(d.reasons());
        a.evidence.addAll(d.evidence());
        return a;
    }
}
