package org.veracity.domain;

/**
 * What a rule found wrong with a request, named by the input it concerns, in words a person can act on. Rules
 * return these instead of throwing, so that every problem of a request is told at once.
 */
public record Problem(String field, String message) {
}
