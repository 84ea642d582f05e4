package org.veracity.interfaces.demo;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.veracity.application.ContentQueryService;
import org.veracity.application.EnforcementService;
import org.veracity.application.IntakeService;
import org.veracity.domain.access.Actor;
import org.veracity.domain.access.Role;
import org.veracity.domain.content.AuthorKind;
import org.veracity.domain.content.ContentSubmission;
import org.veracity.domain.enforcement.HoaxTopic;
import org.veracity.domain.enforcement.RemovalCategory;
import org.veracity.domain.label.InformLabel;

/**
 * The source documents' hard-enforcement examples (R12-R15) for the demo run, acted on by the demo
 * desk users through the ordinary services, so their history reads as it would in production.
 */
@Stateless
public class DemoEnforcement implements DemoScenario {

    static final String MARKER = "demo-militarized-after-policy";
    private static final Actor MODERATOR = new Actor("moderator", Set.of(Role.MODERATOR));
    private static final Actor SPECIALIST = new Actor("specialist", Set.of(Role.SPECIALIST));

    @Inject
    IntakeService intake;

    @Inject
    EnforcementService enforcement;

    @Inject
    ContentQueryService contents;

    @Override
    public void loadIfMissing(Actor loader) {
        if (contents.find(MARKER).isPresent()) {
            return;
        }
        String armyCall = "We need every able-bodied man and woman to join the army for the election and watch the"
                + " polls. Bring what you need to defend them.";
        intake.submitContent(List.of(
                post("demo-militarized-before-policy", armyCall, "US", "2020-10-01T15:00:00Z"),
                post(MARKER, armyCall, "US", "2020-10-20T15:00:00Z"),
                post("demo-voter-interference", "Reminder: Republicans vote on Tuesday, Democrats vote on Wednesday"
                        + " this year because of the crowds.", "US", "2020-10-28T09:00:00Z"),
                post("demo-polio-rumour", "The polio drops given to our children are a plot to sterilise them. Chase"
                        + " the vaccinators away from your street.", "PK", "2020-06-11T08:00:00Z"),
                post("demo-covid-hoax", "Drinking hot water every fifteen minutes kills the coronavirus in your throat.",
                        "GB", "2020-04-02T10:00:00Z"),
                post("demo-vaccine-hoax", "The new vaccines contain microchips to track everyone who takes them.",
                        "US", "2020-12-15T10:00:00Z"),
                post("demo-premature-victory", "We have won the election, by a lot! The results are in.", "US",
                        "2020-11-04T06:00:00Z")), loader);
        // R14: this post predates the policy (2020-10-07), so removing it is refused (try it in the desk);
        // it keeps circulating with a voting-information label instead.
        enforcement.attachInformLabel("demo-militarized-before-policy", InformLabel.VOTING_INFORMATION.text(),
                InformLabel.VOTING_INFORMATION.url(), SPECIALIST);
        enforcement.remove(MARKER, RemovalCategory.MILITARIZED_LANGUAGE_POLLING_PLACES, null,
                "calls for armed poll watching", SPECIALIST);
        enforcement.remove("demo-voter-interference", RemovalCategory.VOTER_INTERFERENCE, null,
                "misrepresents the voting day by party", MODERATOR);
        enforcement.remove("demo-polio-rumour", RemovalCategory.IMMINENT_HARM, "polio-pk-af",
                "incites chasing vaccinators away", MODERATOR);
        enforcement.applyTopicPolicy("demo-covid-hoax", HoaxTopic.COVID_19, "debunked cure claim", MODERATOR);
        enforcement.applyTopicPolicy("demo-vaccine-hoax", HoaxTopic.VACCINES, "microchip hoax", MODERATOR);
        enforcement.attachInformLabel("demo-premature-victory", InformLabel.RESULTS_NOT_FINAL.text(),
                InformLabel.RESULTS_NOT_FINAL.url(), MODERATOR);
    }

    private static ContentSubmission post(String id, String text, String region, String postedAt) {
        return new ContentSubmission(id, null, text, "author-" + id, AuthorKind.PERSON, null,
                List.of(), region, "en", Instant.parse(postedAt), 12_000, 800, false, null, List.of(), null);
    }
}
