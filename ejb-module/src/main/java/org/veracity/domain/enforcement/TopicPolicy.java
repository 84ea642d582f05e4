package org.veracity.domain.enforcement;

import org.veracity.domain.demotion.DemotionKind;
import org.veracity.domain.demotion.Multiplier;

/**
 * R12: what a topic policy does to a hoax on its topic: a hard demotion (0.1 by default), a custom
 * inform label linking authoritative information, no ads; for vaccine hoaxes also no
 * recommendations (both carried by the demotion's {@link DemotionKind}), and their repeat sharers
 * fall under R8 at a lower threshold than fact-check ratings need.
 */
public record TopicPolicy(HoaxTopic topic, Multiplier multiplier, String labelText, String labelUrl,
                          int repeatSharerThreshold) {

    public static final String LABEL_KIND = "HEALTH_INFORMATION";

    /** Whether an author with {@code hoaxes} such items in R8's window falls under R8 (0 = never by this count). */
    public boolean makesRepeatSharer(long hoaxes) {
        return repeatSharerThreshold > 0 && hoaxes >= repeatSharerThreshold;
    }

    public DemotionKind demotionKind() {
        return topic.demotionKind();
    }

    public String policyCode() {
        return topic.policyCode();
    }
}
