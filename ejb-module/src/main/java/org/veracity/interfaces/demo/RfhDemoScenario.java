package org.veracity.interfaces.demo;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.veracity.application.BreakGlassService;
import org.veracity.application.FactCheckService;
import org.veracity.application.IntakeService;
import org.veracity.application.IntakeStatus;
import org.veracity.application.IssueService;
import org.veracity.application.RatingCommand;
import org.veracity.application.RfhService;
import org.veracity.application.RfhService.Nomination;
import org.veracity.domain.access.Actor;
import org.veracity.domain.access.Role;
import org.veracity.domain.content.AuthorKind;
import org.veracity.domain.content.ContentSubmission;
import org.veracity.domain.factcheck.Verdict;
import org.veracity.domain.rfh.Severity;
import org.veracity.domain.signal.SignalKind;
import org.veracity.domain.signal.SignalSubmission;

/**
 * Demo run (R10, R11): the break-glass measure "RFH for political content — US 2020 general election",
 * activated by the demo policy lead, with one approved entry nominated by the demo specialist on the
 * evidence of the demo data: a person's repost of the claim, rated FALSE by the demo partner, and
 * the Team Trump campaign post that carried it to 2.5 million views (not rateable itself, R6). Once the measure
 * is active, a newsroom's debunk of the claim arrives at intake: it repeats the hoax nearly word for word, but it
 * disputes it ("FALSE:"), so it is not blocked; it circulates and waits in the specialists' review queue with the
 * counter-speech named in its evidence (issue 10).
 * A paraphrase of the claim posted during the measure lands in the review queue as a SEMANTIC match.
 */
@Dependent
public class RfhDemoScenario implements DemoScenario {

    static final String MEASURE = "RFH for political content — US 2020 general election";
    static final String ISSUE = "US 2020 general election";
    static final String CLAIM = "Democrats are planning to use millions of fraudulent ballots to steal the 2020 election";
    static final String REPOST = "demo-rfh-ballots-repost";
    static final String CAMPAIGN_POST = "demo-team-trump-army";
    static final String DEBUNK = "demo-rfh-ballots-debunk";
    /** Too few shared words for the text tier; the semantic screen puts it in the review queue (issue 10). */
    static final String PARAPHRASE = "demo-rfh-ballots-paraphrase";

    private static final Actor SPECIALIST = new Actor("specialist", Set.of(Role.SPECIALIST));
    private static final Actor POLICY_LEAD = new Actor("policylead", Set.of(Role.POLICY_LEAD));
    private static final Actor CHECKER = new Actor("factchecker", Set.of(Role.FACT_CHECKER), DemoReferenceData.PARTNER);

    @Inject
    BreakGlassService breakGlass;

    @Inject
    RfhService rfh;

    @Inject
    IssueService issues;

    @Inject
    IntakeService intake;

    @Inject
    FactCheckService factChecking;

    @Override
    public void loadIfMissing(Actor loader) {
        long measure = breakGlass.measures().stream().filter(m -> m.name().equals(MEASURE)).findFirst()
                .map(BreakGlassService.MeasureView::id).orElseGet(() -> prepare(loader));
        if (rfh.entries().stream().noneMatch(e -> e.claim().equals(CLAIM))) {
            rateRepost(loader);
            long entry = rfh.nominate(new Nomination(CLAIM, measure, List.of(REPOST, CAMPAIGN_POST), Severity.HIGH,
                    "Tells voters their ballots will be cancelled by fraud and calls for an 'army' of poll watchers:"
                            + " it undermines trust in the election and risks voter intimidation.",
                    List.of(), List.of()), SPECIALIST);
            rfh.approve(entry, "Rated false repeatedly, viral and severe; approved for the US 2020 election measure.",
                    POLICY_LEAD);
        }
        if (breakGlass.measures().stream().anyMatch(m -> m.id() == measure && !m.active())
                && breakGlass.history().stream().noneMatch(a -> a.measureId() == measure)) {
            breakGlass.activate(measure, "Election period: block new versions of approved hoaxes.", POLICY_LEAD);
        }
        // A duplicate on later starts; the first time, the semantic screen picks it up within seconds of startup.
        intake.submitContent(List.of(new ContentSubmission(PARAPHRASE, null,
                "The Dems intend to rig the 2020 vote with millions of fake mail-in ballots. Wake up, people!",
                "user-9902", AuthorKind.PERSON, null, List.of("us-2020-election", "voting"), "US", "en",
                Instant.parse("2020-10-12T18:30:00Z"), 36_000, 2_100, false, null, List.of(), null)), loader);
        debunk(loader);
    }

    /** A newsroom's debunk of the claim, sent while the measure is active: reviewed, never blocked (issue 10). */
    private void debunk(Actor loader) {
        intake.submitContent(List.of(new ContentSubmission(DEBUNK, "https://www.example-news.org/factcheck/fraudulent-ballots",
                "FALSE: Democrats are planning to use millions of fraudulent ballots to steal the 2020 election."
                        + " Election officials in every state found no such plan.", "demo-newsroom",
                AuthorKind.PAGE, null, List.of("us-2020-election", "voting"), "US", "en",
                Instant.parse("2020-09-26T09:00:00Z"), 61_000, 4_800, false, null, List.of(), null)), loader);
    }

    private long prepare(Actor loader) {
        long issue = issues.all().stream().filter(i -> i.name().equals(ISSUE)).findFirst()
                .orElseThrow(() -> new IllegalStateException("the demo issue " + ISSUE + " is missing")).id();
        return breakGlass.prepare(MEASURE, "Repeatedly fact-checked hoaxes (R11) applied to political content"
                + " about the US 2020 general election: new versions of approved hoaxes are blocked at intake.",
                issue, loader);
    }

    /** A person's repost of the claim, predicted from its signals and rated FALSE by the demo partner. */
    private void rateRepost(Actor loader) {
        Instant posted = Instant.parse("2020-09-24T15:00:00Z");
        boolean fresh = intake.submitContent(List.of(new ContentSubmission(REPOST, "https://www.facebook.com/demo/posts/fraudulent-ballots",
                "BREAKING: Democrats are planning to use MILLIONS of fraudulent ballots to steal the 2020 election!!"
                        + " Share before they take this down.", "user-4471", AuthorKind.PERSON, null,
                List.of("us-2020-election", "voting"), "US", "en", posted, 480_000, 52_000, false, null, List.of(),
                null)), loader).get(0).status() == IntakeStatus.ACCEPTED;
        if (!fresh) {
            return;
        }
        intake.submitSignals(List.of(
                signal("reports", SignalKind.FALSE_NEWS_REPORT, 2_900, posted.plus(Duration.ofHours(2))),
                signal("disbelief", SignalKind.DISBELIEF_COMMENT, 2_200, posted.plus(Duration.ofHours(3))),
                signal("external", SignalKind.EXTERNAL_FALSITY, 1, posted.plus(Duration.ofHours(4)))), loader);
        factChecking.claim(REPOST, CHECKER);
        factChecking.rate(REPOST, new RatingCommand(Verdict.FALSE, CLAIM,
                "https://www.factcheck.org/demo/fraudulent-ballots-2020/",
                "No evidence of any plan to use fraudulent ballots; mail ballots are verified and tracked."), CHECKER);
    }

    private static SignalSubmission signal(String suffix, SignalKind kind, int count, Instant at) {
        return new SignalSubmission(REPOST + "-signal-" + suffix, REPOST, kind, count, null, at);
    }
}
