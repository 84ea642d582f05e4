package org.veracity.interfaces.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.veracity.application.MovementService;
import org.veracity.application.MovementService.Designation;
import org.veracity.application.SuspensionService;
import org.veracity.application.SuspensionService.Suspension;
import org.veracity.domain.access.Actor;
import org.veracity.domain.access.Role;

/**
 * R16 in the demo run, after seeds/000: the "Stop the Steal" movement designated with a ban of all its content
 * (its original group shut down, its hashtag and phrase banned), and one organiser's account suspended for two
 * years. Designated as the demo specialist would, through the ordinary use cases.
 */
@ApplicationScoped
public class DemoMovements implements DemoScenario {

    static final String MOVEMENT = "Stop the Steal";
    static final String SUSPENDED_AUTHOR = "demo-author-sts-organiser";
    private static final Actor SPECIALIST = new Actor("specialist", Set.of(Role.SPECIALIST));

    @Inject
    MovementService movements;

    @Inject
    SuspensionService suspensions;

    @Inject
    Clock clock;

    @Override
    public void loadIfMissing(Actor loader) {
        if (movements.movements().stream().noneMatch(m -> m.name().equals(MOVEMENT))) {
            movements.designate(new Designation(MOVEMENT,
                    "Election disinformation campaign organising to overturn the 2020 US election result; its groups"
                            + " gathered hundreds of thousands of members and hosted calls to violence.",
                    List.of("demo-group-stop-the-steal"), List.of("#StopTheSteal"), List.of("stop the steal"), true,
                    null), SPECIALIST);
        }
        if (suspensions.suspensions().stream().noneMatch(s -> s.authorId().equals(SUSPENDED_AUTHOR))) {
            suspensions.suspend(new Suspension(SUSPENDED_AUTHOR, null,
                    clock.instant().plus(Duration.ofDays(2 * 365 + 1)), false,
                    "moderated a shut-down Stop the Steal group and recruited for a militia in it"), SPECIALIST);
        }
    }
}
