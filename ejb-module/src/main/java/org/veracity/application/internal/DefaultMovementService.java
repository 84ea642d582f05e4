package org.veracity.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.veracity.application.FieldProblem;
import org.veracity.application.InvalidInputException;
import org.veracity.application.MovementService;
import org.veracity.application.RefusedException;
import org.veracity.application.UnknownSubjectException;
import org.veracity.domain.access.Actor;
import org.veracity.domain.access.Permission;
import org.veracity.domain.access.Permissions;
import org.veracity.domain.audit.AuditAction;
import org.veracity.domain.audit.AuditEntry;
import org.veracity.domain.audit.AuditSubject;
import org.veracity.domain.movement.IdentifierKind;
import org.veracity.domain.movement.Movement;
import org.veracity.domain.movement.MovementIdentifier;
import org.veracity.domain.movement.MovementPolicy;
import org.veracity.domain.movement.MovementRepository;

@Stateless
@Interceptors(UseCaseValidation.class)
public class DefaultMovementService implements MovementService {


    @Inject
    MovementRepository movements;

    @Inject
    PolicyVersions policyVersions;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Override
    public long designate(Designation d, Actor actor) {
        Permissions.require(actor, "designating a movement", Permission.DESIGNATE_MOVEMENTS);
        Instant now = clock.instant();
        List<MovementIdentifier> identifiers = identifiersOf(d);
        Instant effectiveFrom = StartingMoment.of(d.effectiveFrom(), now, "effectiveFrom", "a designation");
        String cited = policyVersions.inForceAt(MovementPolicy.CODE, now).reference();
        if (movements.all().stream().anyMatch(m -> !m.isRevoked() && m.getName().equalsIgnoreCase(d.name().strip()))) {
            throw new RefusedException("a movement of this name is already designated",
                    List.of(new FieldProblem("name", "a movement of this name is already designated; revoke it first")));
        }
        Movement movement = new Movement(d.name().strip(), d.description().strip(), identifiers, d.banAllContent(),
                effectiveFrom, actor.name(), now);
        movements.store(movement);
        String id = movementId(movement);
        audit.record(AuditEntry.of(actor, AuditSubject.MOVEMENT, id, AuditAction.MOVEMENT_DESIGNATED, cited,
                movement.getName() + "; "
                + movement.getIdentifiers().stream().map(MovementIdentifier::describe).collect(Collectors.joining(", "))
                + (movement.isBanAllContent() ? "; all matching content banned from " + effectiveFrom
                        + " (under " + MovementPolicy.CODE + "@v" + MovementPolicy.CONTENT_BAN_FROM_VERSION + " or later)"
                        : "; no content ban")));
        for (String group : movement.groupIds()) {
            audit.record(AuditEntry.of(actor, AuditSubject.GROUP, group, AuditAction.GROUP_SHUT_DOWN, cited,
                    "a group of the designated movement " + movement.getName() + " (movement " + id + ")"));
        }
        return movement.getId();
    }

    @Override
    public void revoke(long movementId, String reason, Actor actor) {
        Permissions.require(actor, "revoking a movement designation", Permission.DESIGNATE_MOVEMENTS);
        Movement movement = movements.find(movementId)
                .orElseThrow(() -> new UnknownSubjectException("no movement " + movementId));
        if (movement.isRevoked()) {
            throw new RefusedException("the designation of " + movement.getName() + " was already revoked on "
                    + movement.getRevokedAt());
        }
        Instant now = clock.instant();
        String cited = policyVersions.inForceAt(MovementPolicy.CODE, now).reference();
        movement.revoke(actor.name(), now, reason);
        audit.record(AuditEntry.of(actor, AuditSubject.MOVEMENT, movementId(movement), AuditAction.MOVEMENT_REVOKED,
                cited, reason));
        for (String group : movement.groupIds()) {
            audit.record(AuditEntry.of(actor, AuditSubject.GROUP, group, AuditAction.GROUP_REOPENED, cited,
                    "the designation of " + movement.getName() + " was revoked: " + reason));
        }
    }

    @Override
    public List<MovementView> movements() {
        Instant now = clock.instant();
        return movements.all().stream().map(m -> new MovementView(m.getId(), m.getName(), m.getDescription(),
                m.groupIds(), written(m, IdentifierKind.HASHTAG), written(m, IdentifierKind.PHRASE), m.isBanAllContent(),
                m.getEffectiveFrom(), m.getDesignatedBy(), m.getDesignatedAt(), m.getRevokedAt(), m.getRevokedBy(),
                m.getRevocationReason(), m.isDesignatedAt(now))).toList();
    }

    private static List<String> written(Movement m, IdentifierKind kind) {
        return m.getIdentifiers().stream().filter(i -> i.getKind() == kind).map(MovementIdentifier::getWritten).toList();
    }

    private static String movementId(Movement m) {
        return Long.toString(m.getId());
    }

    /** Every identifier parsed; all problems at once, each named by the field it was typed in. */
    private static List<MovementIdentifier> identifiersOf(Designation d) {
        List<FieldProblem> problems = new ArrayList<>();
        List<MovementIdentifier> identifiers = new ArrayList<>();
        collect(IdentifierKind.GROUP, d.groupIds(), "groupIds", identifiers, problems);
        collect(IdentifierKind.HASHTAG, d.hashtags(), "hashtags", identifiers, problems);
        collect(IdentifierKind.PHRASE, d.phrases(), "phrases", identifiers, problems);
        if (identifiers.isEmpty() && problems.isEmpty()) {
            problems.add(new FieldProblem("identifiers", "give at least one group id, hashtag or phrase"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return identifiers;
    }

    private static void collect(IdentifierKind kind, List<String> written, String field,
                                List<MovementIdentifier> identifiers, List<FieldProblem> problems) {
        for (String w : written) {
            if (w == null || w.isBlank()) {
                continue;
            }
            MovementIdentifier.problemWith(kind, w).ifPresentOrElse(p -> problems.add(new FieldProblem(field, p)),
                    () -> identifiers.add(MovementIdentifier.of(kind, w)));
        }
    }
}
