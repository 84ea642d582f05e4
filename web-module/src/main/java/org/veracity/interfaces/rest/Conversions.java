package org.veracity.interfaces.rest;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.veracity.application.FieldProblem;

/** Syntactic conversion of transfer-object text into domain types, collecting one problem per bad field. */
public final class Conversions {

    private Conversions() {
    }

    public static Instant instant(String field, String text, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(text.trim());
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "must be an ISO-8601 instant such as 2020-10-14T12:00:00Z"));
            return null;
        }
    }

    public static <E extends Enum<E>> E enumValue(String field, String text, Class<E> type, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(field, "must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", "))));
            return null;
        }
    }

    public static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
