package org.veracity.interfaces.demo;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.veracity.application.IntakeService;
import org.veracity.domain.access.Actor;
import org.veracity.domain.content.AuthorKind;
import org.veracity.domain.content.ContentSubmission;

/**
 * Demo run (issue 10): copies of the bleach hoax the demo partner rated False at start arrive later. The close copy
 * gets the rating by propagation (0.2, the warning label linking the same article, ads rejected, and the evidence
 * "copy of rated item demo-bleach-cure"); the looser one waits in the fact-checker's workbench as a possible copy.
 */
@Dependent
public class CopyDemoScenario implements DemoScenario {

    static final String COPY = "demo-bleach-cure-copy";
    static final String POSSIBLE_COPY = "demo-bleach-cure-possible-copy";

    @Inject
    IntakeService intake;

    @Override
    public void loadIfMissing(Actor loader) {
        // Intake is idempotent (R1): on a restart both come back DUPLICATE and nothing changes.
        intake.submitContent(List.of(
                post(COPY, "DRINKING a little diluted bleach every morning kills the CORONAVIRUS before it reaches your"
                        + " lungs \uD83D\uDE4F\uD83D\uDE4F share with everyone", "2020-10-12T09:30:00Z", 21_000),
                post(POSSIBLE_COPY, "Gargling with diluted bleach every morning kills the coronavirus in your throat",
                        "2020-10-13T18:10:00Z", 3_400)), loader);
    }

    private static ContentSubmission post(String id, String text, String postedAt, long views) {
        return new ContentSubmission(id, "https://www.facebook.com/demo/posts/" + id, text, "user-" + id,
                AuthorKind.PERSON, null, List.of("covid-19", "health"), "US", "en", Instant.parse(postedAt), views,
                views / 20, false, null, List.of(), null);
    }
}
