package org.veracity.domain.movement;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One way of recognising a designated movement (R16): a group id, a hashtag or a phrase, as the specialist wrote
 * it and in the folded form it is compared in ({@link PostText}).
 */
@Embeddable
public class MovementIdentifier {

    static final int MAX_LENGTH = 200;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private IdentifierKind kind;

    @Column(nullable = false, length = MAX_LENGTH)
    private String written;

    @Column(name = "match_key", nullable = false, length = 4 * MAX_LENGTH)
    private String matchKey;

    protected MovementIdentifier() {
    }

    private MovementIdentifier(IdentifierKind kind, String written, String matchKey) {
        this.kind = kind;
        this.written = written;
        this.matchKey = matchKey;
    }

    /** An identifier, or {@link IllegalArgumentException} with the problem in words a specialist can act on. */
    public static MovementIdentifier of(IdentifierKind kind, String written) {
        Optional<String> problem = problemWith(kind, written);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get());
        }
        String trimmed = written.strip();
        return switch (kind) {
            case GROUP -> new MovementIdentifier(kind, trimmed, trimmed);
            case HASHTAG -> {
                String tag = trimmed.startsWith("#") ? trimmed.substring(1) : trimmed;
                yield new MovementIdentifier(kind, "#" + tag, PostText.fold(tag));
            }
            case PHRASE -> new MovementIdentifier(kind, trimmed, String.join(" ", PostText.of(trimmed).words()));
        };
    }

    /** What is wrong with an identifier as written, if anything. */
    public static Optional<String> problemWith(IdentifierKind kind, String written) {
        Objects.requireNonNull(kind, "kind");
        if (written == null || written.isBlank()) {
            return Optional.of("must not be empty");
        }
        String trimmed = written.strip();
        if (trimmed.length() > MAX_LENGTH) {
            return Optional.of(shown(trimmed) + " is longer than " + MAX_LENGTH + " characters");
        }
        return switch (kind) {
            case GROUP -> trimmed.chars().anyMatch(Character::isWhitespace)
                    ? Optional.of(shown(trimmed) + " is not a group id (group ids have no spaces)") : Optional.empty();
            case HASHTAG -> {
                String tag = PostText.fold(trimmed.startsWith("#") ? trimmed.substring(1) : trimmed);
                boolean single = !tag.isEmpty() && tag.chars().allMatch(c -> PostText.isTagChar((char) c));
                yield single ? Optional.empty() : Optional.of(shown(trimmed)
                        + " is not a single hashtag (letters, digits and underscores after one #)");
            }
            case PHRASE -> PostText.of(trimmed).words().isEmpty()
                    ? Optional.of(shown(trimmed) + " has no words") : Optional.empty();
        };
    }

    /** Whether this identifier recognises a post in group {@code groupId} with this text. */
    public boolean recognises(String groupId, PostText text) {
        return switch (kind) {
            case GROUP -> matchKey.equals(groupId);
            case HASHTAG -> text.hasHashtag(matchKey);
            case PHRASE -> text.containsPhrase(words());
        };
    }

    List<String> words() {
        return Arrays.asList(matchKey.split(" "));
    }

    /** As people read it in a reason: {@code group g-123}, {@code hashtag #StopTheSteal}, {@code phrase "stop the steal"}. */
    public String describe() {
        return switch (kind) {
            case GROUP -> "group " + written;
            case HASHTAG -> "hashtag " + written;
            case PHRASE -> "phrase \"" + written + "\"";
        };
    }

    private static String shown(String s) {
        return "\"" + (s.length() > 40 ? s.substring(0, 40) + "…" : s) + "\"";
    }

    public IdentifierKind getKind() { return kind; }
    public String getWritten() { return written; }
    public String getMatchKey() { return matchKey; }

    @Override
    public boolean equals(Object o) {
        return o instanceof MovementIdentifier other && kind == other.kind && matchKey.equals(other.matchKey);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, matchKey);
    }
}
