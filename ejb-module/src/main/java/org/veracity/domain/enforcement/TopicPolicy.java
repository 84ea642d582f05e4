package org.veracity.domain.enforcement;

import org.veracity.domain.demotion.DemotionKind;
import org.veracity.domain.demotion.Multiplier;

/**
 * R12: what a topic policy does to a hoax on its topic: a hard demotion (0.1 by default), a custom
 * inform label linking authoritative information, no ads; for vaccine hoaxes also no
 * recommendations (both carried by the demotion's {@link DemotionKind}).
 */
public record TopicPolicy(HoaxTopic topic, Multiplier multiplier, String labelText, String labelUrl) {

    public static final String LABEL_KIND = "HEALTH_INFORMATION";

    public DemotionKind demotionKind() {
        return topic.demotionKind();
    }

    public String policyCode() {
        return topic.policyCode();
    }
}
