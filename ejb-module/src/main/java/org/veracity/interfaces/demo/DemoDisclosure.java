package org.veracity.interfaces.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.veracity.application.DisclosureService;
import org.veracity.application.DisclosureService.SponsorshipRecord;
import org.veracity.application.IntakeService;
import org.veracity.application.PoliticalAdService;
import org.veracity.domain.access.Actor;
import org.veracity.domain.access.Role;
import org.veracity.domain.content.AuthorKind;
import org.veracity.domain.content.ContentSubmission;

/**
 * R17 and R19 in the demo run, after seeds/001 with invented names: the "Rivera for Governor" campaign registers
 * 30 paid "digital organizers"; 25 post near-identical supportive messages within 40 minutes without saying who
 * paid and are asked to disclose (deadline seven days after the demo's first start); 10 re-send theirs with the
 * disclosure and carry "Paid for by Friends of Alex Rivera"; an ordinary voter's post naming the candidate has no
 * request. Political ads: France bans them (set by the policy lead), so the campaign's French ad is rejected, as is
 * a US ad without "paid for by"; a disclosed US ad runs. All through the ordinary use cases.
 */
@ApplicationScoped
public class DemoDisclosure implements DemoScenario {

    static final String SPONSOR = "Rivera for Governor";
    static final String PAID_FOR_BY = "Friends of Alex Rivera";
    static final String POST = "demo-rivera-organizer-post-";
    private static final Actor SPECIALIST = new Actor("specialist", Set.of(Role.SPECIALIST));
    private static final Actor POLICY_LEAD = new Actor("policylead", Set.of(Role.POLICY_LEAD));

    @Inject
    DisclosureService disclosures;

    @Inject
    PoliticalAdService ads;

    @Inject
    IntakeService intake;

    @Inject
    Clock clock;

    @Override
    public void loadIfMissing(Actor loader) {
        if (disclosures.sponsorships(500, SPECIALIST).stream().anyMatch(s -> s.sponsor().equals(SPONSOR))) {
            return;
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        List<String> organizers = IntStream.rangeClosed(1, 30).mapToObj(i -> "demo-rivera-organizer-" + i).toList();
        disclosures.record(new SponsorshipRecord(SPONSOR, PAID_FOR_BY, List.of("Alex Rivera", "#RiveraForGovernor"),
                organizers, now.minus(Duration.ofDays(60)), null,
                "the campaign's own registration of its paid digital organizers ($2,500 a month each)"), SPECIALIST);

        Instant first = now.minus(Duration.ofHours(2));
        List<ContentSubmission> posts = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            posts.add(post(POST + (i + 1), organizers.get(i), (i % 3 == 0 ? "Alex Rivera" : "ALEX RIVERA")
                    + " will fix our schools and our roads. Vote #RiveraForGovernor" + "!".repeat(1 + i % 2),
                    first.plusSeconds(i * 95L), null));
        }
        posts.add(post("demo-rivera-voter-post", "demo-ordinary-voter", "Saw Alex Rivera at the diner today,"
                + " not sure I'll vote for him", first.plus(Duration.ofMinutes(10)), null));
        intake.submitContent(posts, loader);
        List<ContentSubmission> disclosed = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            ContentSubmission p = posts.get(i);
            disclosed.add(post(p.id(), p.authorId(), p.text(), p.postedAt(), PAID_FOR_BY));
        }
        intake.submitContent(disclosed, loader);

        ads.ban(new PoliticalAdService.Ban("FR", null, null,
                "no paid political advertising in the run-up to elections (demo)"), POLICY_LEAD);
        intake.submitContent(List.of(
                ad("demo-rivera-ad-fr", "FR", "Alex Rivera: the governor for French expats too", PAID_FOR_BY, 12_400, now),
                ad("demo-rivera-ad-undisclosed", "US", "Vote Alex Rivera on November 3rd", null, 48_000, now),
                ad("demo-rivera-ad-us", "US", "Alex Rivera: schools first. Vote November 3rd", PAID_FOR_BY, 230_000, now)),
                loader);
    }

    private static ContentSubmission post(String id, String author, String text, Instant postedAt, String sponsor) {
        return new ContentSubmission(id, null, text, author, AuthorKind.PERSON, null, List.of("politics"), "US", "en",
                postedAt, 800, 12, false, sponsor, List.of(), null);
    }

    private static ContentSubmission ad(String id, String region, String text, String sponsor, long views,
                                        Instant postedAt) {
        return new ContentSubmission(id, null, text, "demo-rivera-campaign", AuthorKind.CAMPAIGN, null,
                List.of("politics"), region, "en", postedAt.minus(Duration.ofHours(1)), views, 0, true, sponsor,
                List.of(), null);
    }
}
