package org.veracity.domain.movement;

/** The policy version an enforcement cites (R14), e.g. {@code dangerous-movements@v2}, and its number. */
public record CitedVersion(String reference, int number) {
}
