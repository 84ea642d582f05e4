package org.veracity.application;

/** One input problem, named by the field it concerns, in words a person can act on. */
public record FieldProblem(String field, String message) {
}
