package org.veracity.interfaces.demo;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.veracity.application.IntakeService;
import org.veracity.domain.access.Actor;
import org.veracity.domain.content.AuthorKind;
import org.veracity.domain.content.ContentSubmission;

/**
 * Demo run (R18, after seeds/001): 24 paid "digital organisers" of an invented campaign post near-identical
 * supportive messages from their personal accounts within 40 minutes, without disclosure. Intake opens one
 * coordination case, waiting at /desk/coordination for the specialist.
 */
@Dependent
public class DemoCoordination implements DemoScenario {

    static final int ACCOUNTS = 24;
    private static final Instant FIRST = Instant.parse("2020-02-20T15:00:00Z");
    private static final List<String> VARIANTS = List.of(
            "Alma Reyes is the only candidate who can beat the incumbent. Join the movement today!",
            "alma reyes is the only candidate who can beat the incumbent... join the movement today",
            "Join the movement today! Alma Reyes is the only candidate who can beat the incumbent.",
            "ALMA REYES IS THE ONLY CANDIDATE WHO CAN BEAT THE INCUMBENT!!! Join the movement today \uD83C\uDDFA\uD83C\uDDF8",
            "Alma Reyes is the only candidate that can beat the incumbent. Join the movement now!",
            "Honestly, Alma Reyes is the only candidate who can beat the incumbent. Join the movement today!");

    @Inject
    IntakeService intake;

    @Override
    public void loadIfMissing(Actor loader) {
        // Intake is idempotent (R1): on a restart every post comes back DUPLICATE and nothing changes.
        List<ContentSubmission> posts = new ArrayList<>();
        for (int k = 0; k < ACCOUNTS; k++) {
            String id = "demo-organiser-post-" + (k + 1);
            posts.add(new ContentSubmission(id, null, VARIANTS.get(k % VARIANTS.size()), "demo-organiser-" + (k + 1),
                    AuthorKind.PERSON, null, List.of("politics", "election"), "US", "en",
                    FIRST.plus(Duration.ofSeconds(100L * k)), 300 + 17L * k, 4 + k % 5, false, null, List.of(), null));
        }
        intake.submitContent(posts, loader);
    }
}
