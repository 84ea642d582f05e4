package org.veracity.interfaces.demo;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.veracity.application.ContentQueryService;
import org.veracity.application.EscalationService;
import org.veracity.application.EscalationService.ReporterView;
import org.veracity.application.FactCheckService;
import org.veracity.application.IntakeService;
import org.veracity.domain.access.Actor;
import org.veracity.domain.access.Role;
import org.veracity.domain.content.AuthorKind;
import org.veracity.domain.content.ContentSubmission;
import org.veracity.domain.escalation.DecisionAction;
import org.veracity.domain.factcheck.OrganisationKind;
import org.veracity.domain.factcheck.SizeBand;

/**
 * Demo run (R20), after the seed's story: a national campaign and a local campaign each escalate a video recruiting
 * an "army" for election day. The national campaign's report is decided — the video predates the militarized-language
 * policy, which is never retroactive, so the policy did not cover it and a change is proposed to the policy leads —
 * while the local campaign's waits in the specialists' queue with its SLA clock running. The printed demo token
 * belongs to the national campaign, so it reports as that campaign.
 */
@Dependent
public class DemoEscalations implements DemoScenario {

    public static final String NATIONAL_CAMPAIGN = "Demo national campaign";
    public static final String LOCAL_CAMPAIGN = "Demo local campaign (county commissioner)";
    static final String NATIONAL_VIDEO = "demo-army-video";
    static final String LOCAL_VIDEO = "demo-army-video-county";
    private static final String POLICY = "militarized-language-polling-places";
    private static final Actor ADMIN = new Actor("demo-loader", Set.of(Role.ADMIN));
    private static final Actor SPECIALIST = new Actor("specialist", Set.of(Role.SPECIALIST));

    @Inject
    FactCheckService factChecking;

    @Inject
    EscalationService escalations;

    @Inject
    ContentQueryService contents;

    @Inject
    IntakeService intake;

    @Override
    public void loadIfMissing(Actor loader) {
        partner(NATIONAL_CAMPAIGN, SizeBand.NATIONAL, "about 500 staff", loader);
        partner(LOCAL_CAMPAIGN, SizeBand.LOCAL, "3 staff, budget under $50k", loader);
        if (contents.find(NATIONAL_VIDEO).isPresent()) {
            return;
        }
        intake.submitContent(List.of(
                video(NATIONAL_VIDEO, "Democrats plan to use millions of fraudulent ballots. We need every able-bodied "
                        + "man and woman to join the army for election security. Enlist now!", "2020-09-21T15:00:00Z"),
                video(LOCAL_VIDEO, "Join the army for election security in our county: able-bodied volunteers "
                        + "wanted at every polling place on election day.", "2020-10-20T12:00:00Z")), loader);
        EscalationService.Receipt national = escalations.report(new EscalationService.Report(List.of(NATIONAL_VIDEO),
                POLICY, "A video recruiting an 'army' for election day from people told that millions of fraudulent "
                + "ballots will be used. It is impossible to reconcile with the voting policies.",
                "digital@national-campaign.example"), Actor.integrator("demo-escalations", NATIONAL_CAMPAIGN));
        escalations.acknowledge(national.trackingId(), "We are reviewing the video against the voting policies.",
                SPECIALIST);
        escalations.decide(national.trackingId(), new EscalationService.DecisionCommand(DecisionAction.NOT_COVERED,
                null, null, null, "The video was posted on 2020-09-21, before the militarized-language policy took "
                + "effect on 2020-10-07; a policy never reaches earlier posts.",
                "Cover recruitment of 'armies' for election day posted before a policy's effective date by labels, "
                + "and review the poll-watching language in the voter-interference policy."), SPECIALIST);
        escalations.report(new EscalationService.Report(List.of(LOCAL_VIDEO), POLICY,
                "The same kind of video, aimed at polling places in our county.", "manager@county-campaign.example"),
                Actor.integrator("demo-escalations", LOCAL_CAMPAIGN));
    }

    private void partner(String name, SizeBand band, String staff, Actor loader) {
        Optional<ReporterView> known = escalations.reporters().stream().filter(r -> r.name().equals(name)).findFirst();
        if (known.isEmpty()) {
            factChecking.createPartner(name, List.of("en"), List.of("us"), loader);
        }
        if (known.map(r -> r.sizeBand() == null).orElse(true)) {
            escalations.classifyPartner(name, OrganisationKind.CAMPAIGN, band, staff, ADMIN);
        }
    }

    private static ContentSubmission video(String id, String text, String postedAt) {
        return new ContentSubmission(id, "https://www.facebook.com/demo/videos/" + id, text, "page-" + id,
                AuthorKind.CAMPAIGN, null, List.of("election"), "US", "en", Instant.parse(postedAt), 1_200_000, 48_000,
                false, null, List.of(), null);
    }
}
