package org.veracity.domain.content;

/** Whether an item may circulate at all; demotions only matter while it is ACTIVE. */
public enum ContentStatus {
    ACTIVE, REMOVED, BLOCKED
}
