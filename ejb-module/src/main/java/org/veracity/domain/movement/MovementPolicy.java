package org.veracity.domain.movement;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * R16 at intake, decided for one new post: is it removed because of a designated movement, and under which
 * version of the {@code dangerous-movements} policy (R14)?
 *
 * <ul>
 *   <li>A post to a shut-down group (a group id of a movement designated when the post was made) is removed under
 *       the version in effect when it was posted; v1 (2020-08-19) already shut groups down.</li>
 *   <li>A post whose text carries a movement's hashtag or phrase is removed only when the movement bans all
 *       content at the post's moment (designated, "ban all content", at or after its effective moment) and the
 *       version in effect then has the content ban, which arrived with v2 (2020-10-06).</li>
 *   <li>No version in effect when the post was made means no removal: a policy never reaches earlier posts.</li>
 * </ul>
 */
public final class MovementPolicy {

    public static final String CODE = "dangerous-movements";
    /** The first version of {@link #CODE} with the ban of all content (migration V2). */
    public static final int CONTENT_BAN_FROM_VERSION = 2;

    private MovementPolicy() {
    }

    /** The removal a post earns, if any; group shutdowns win over the content ban, earlier designations first. */
    public static Optional<MovementRemoval> judge(List<Movement> movements, String groupId, PostText text,
                                                  Instant postedAt, Optional<CitedVersion> version) {
        if (version.isEmpty()) {
            return Optional.empty();
        }
        CitedVersion cited = version.get();
        for (Movement m : movements) {
            Optional<MovementIdentifier> group = m.shutDownGroup(groupId, postedAt);
            if (group.isPresent()) {
                return Optional.of(new MovementRemoval(m, group.get(), cited,
                        "posted to the group " + group.get().getWritten() + " of the designated movement " + m.getName()
                                + ", shut down since " + m.getDesignatedAt()));
            }
        }
        if (cited.number() < CONTENT_BAN_FROM_VERSION) {
            return Optional.empty();
        }
        for (Movement m : movements) {
            if (m.bansContentAt(postedAt)) {
                Optional<MovementIdentifier> match = m.matchInText(text);
                if (match.isPresent()) {
                    return Optional.of(new MovementRemoval(m, match.get(), cited,
                            "matches the designated movement " + m.getName() + " by " + match.get().describe()
                                    + "; all its content is banned since " + m.getEffectiveFrom()));
                }
            }
        }
        return Optional.empty();
    }

    /** Why a post is removed: the movement, the identifier that recognised it, the version cited and the reason. */
    public record MovementRemoval(Movement movement, MovementIdentifier identifier, CitedVersion version,
                                  String reason) {

        public String evidence() {
            return "movement " + movement.getId() + " (" + movement.getName() + "), " + identifier.describe();
        }
    }
}
