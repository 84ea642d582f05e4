package org.veracity.domain.enforcement;

import java.util.Map;

/** The configured topic policies (R12), one per {@link HoaxTopic}. */
public record TopicPolicies(Map<HoaxTopic, TopicPolicy> byTopic) {

    public TopicPolicies {
        byTopic = Map.copyOf(byTopic);
        for (HoaxTopic t : HoaxTopic.values()) {
            if (!byTopic.containsKey(t)) {
                throw new IllegalArgumentException("no settings for the topic policy " + t);
            }
        }
    }

    public TopicPolicy of(HoaxTopic topic) {
        return byTopic.get(topic);
    }
}
