package org.veracity.domain.rfh;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.veracity.domain.Problem;
import org.veracity.domain.hoax.CanonicalUrl;
import org.veracity.domain.hoax.HoaxIndex;

/**
 * R11's conditions for putting a hoax on a break-glass measure's list: a claim (not a topic), proven false by a
 * fact-checker on items that together went viral, a qualifying severity, and well-formed links and media hashes.
 */
public final class NominationRules {

    /** What one evidence item brings: its reach, and a fact-checker's FALSE or ALTERED rating when it has one. */
    public record Evidence(String platformId, long views, Optional<String> falsity) {
    }

    /** What a nomination asks for; the measure is known or not. */
    public record Request(boolean measureKnown, String claim, List<String> evidenceItems, Severity severity,
                          List<String> links, List<String> mediaHashes) {
    }

    private final long minReach;

    /** {@code minReach}: the views the evidence items must have reached together (virality). */
    public NominationRules(long minReach) {
        this.minReach = minReach;
    }

    /** Every problem of the request, none when it meets R11; {@code found} holds the evidence items that exist. */
    public List<Problem> problemsOf(Request request, Map<String, Evidence> found) {
        List<Problem> problems = new ArrayList<>();
        if (!request.measureKnown()) {
            problems.add(new Problem("measureId", "is not a break-glass measure"));
        }
        if (!namesAClaim(request.claim())) {
            problems.add(new Problem("claim", "names a topic, not a claim: give at least three content words"));
        }
        List<String> unknown = request.evidenceItems().stream().filter(id -> !found.containsKey(id)).toList();
        long reach = reach(found.values());
        if (!unknown.isEmpty()) {
            problems.add(new Problem("evidenceItems", "unknown content items: " + String.join(", ", unknown)));
        } else if (falsity(found.values()).isEmpty()) {
            problems.add(new Problem("evidenceItems",
                    "none of these items is rated FALSE or ALTERED by a fact-checker; R11 needs proven falsity"));
        } else if (reach < minReach) {
            problems.add(new Problem("evidenceItems", "together these items reached " + reach
                    + " views, below the virality threshold of " + minReach + " views"));
        }
        if (request.severity() != null && !request.severity().qualifies()) {
            problems.add(new Problem("severity", "a " + request.severity()
                    + " hoax does not qualify; R11 needs HIGH or CRITICAL"));
        }
        request.links().stream().filter(link -> CanonicalUrl.parse(link).isEmpty()).findFirst().ifPresent(link ->
                problems.add(new Problem("links", link + " is not a web link")));
        request.mediaHashes().stream().filter(h -> !h.matches("[0-9a-fA-F]{64}")).findFirst().ifPresent(h ->
                problems.add(new Problem("mediaHashes", h + " is not a PDQ hash (64 hex digits)")));
        return problems;
    }

    public static long reach(Collection<Evidence> evidence) {
        return evidence.stream().mapToLong(Evidence::views).sum();
    }

    /** The ratings that prove the claim false, one per rated item. */
    public static List<String> falsity(Collection<Evidence> evidence) {
        return evidence.stream().flatMap(e -> e.falsity().stream()).toList();
    }

    /** The matcher indexes only texts with at least three content terms; fewer name a topic, not a claim. */
    public static boolean namesAClaim(String text) {
        if (text == null) {
            return false;
        }
        try {
            new HoaxIndex().add("check", "check", text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
