package org.veracity.domain.transparency;

/**
 * How many times an action was taken under a policy version in a region during an ISO week — one row
 * of the public enforcement figures ({@code {"week","policy","action","region","count"}}).
 */
public record EnforcementCount(String week, String policy, String action, String region, long count) {
}
