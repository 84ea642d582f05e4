package org.veracity.interfaces.demo;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.veracity.application.ExemptionService;
import org.veracity.application.ExemptionService.RankedHost;
import org.veracity.application.FactCheckService;
import org.veracity.application.IssueService;
import org.veracity.domain.access.Actor;

/**
 * Demo mode: the partner organisation, the "US 2020 general election" issue of importance and an
 * exemption list built from a real ranking, each through the ordinary use cases, before content loads.
 */
@Stateless
public class DemoReferenceData {

    static final String PARTNER = "Demo Fact-Check Partner";
    private static final String RANKING = "/demo/tranco-top5000-2025-06-18.csv";

    @Inject
    FactCheckService factChecking;

    @Inject
    IssueService issues;

    @Inject
    ExemptionService exemptions;

    public void loadIfMissing(Actor actor) {
        if (factChecking.partners().stream().noneMatch(p -> p.name().equals(PARTNER))) {
            factChecking.createPartner(PARTNER, List.of("en"), List.of("US", "GB", "CA"), actor);
        }
        if (issues.all().stream().noneMatch(i -> i.name().equals("US 2020 general election"))) {
            issues.create("US 2020 general election", List.of("US"),
                    List.of("us-2020-election", "voting", "elections", "election"),
                    List.of("ballot", "election", "vote", "voting", "polling place", "biden", "trump"),
                    Instant.parse("2020-09-01T00:00:00Z"), null, actor);
        }
    }

    /** The demo partner rates two of the predicted hoaxes, so ratings, labels and lifted demotions show. */
    public void rateDemoHoaxes() {
        Actor checker = new Actor("factchecker", java.util.Set.of(org.veracity.domain.access.Role.FACT_CHECKER), PARTNER);
        rate(checker, "demo-bleach-cure", "Drinking diluted bleach kills the coronavirus",
                "https://www.who.int/emergencies/diseases/novel-coronavirus-2019/advice-for-public/myth-busters",
                "Bleach is poisonous and does not prevent or cure COVID-19.");
        rate(checker, "demo-5g-towers", "5G networks spread the coronavirus",
                "https://www.who.int/emergencies/diseases/novel-coronavirus-2019/advice-for-public/myth-busters",
                "Viruses cannot travel on radio waves or mobile networks.");
    }

    private void rate(Actor checker, String contentId, String claim, String article, String summary) {
        factChecking.claim(contentId, checker);
        factChecking.rate(contentId, new org.veracity.application.RatingCommand(
                org.veracity.domain.factcheck.Verdict.FALSE, claim, article, summary), checker);
    }

    /** Builds the exemption list from the shipped Tranco top 5,000 when there is none yet. */
    public void buildExemptionListIfMissing(Actor actor, int topN) {
        if (exemptions.status(0, 1).active() != null) {
            return;
        }
        long list = exemptions.beginRebuild("Tranco top 10k of 2025-06-18 (demo copy, first 5,000)", topN);
        exemptions.addRanked(list, ranking());
        exemptions.completeRebuild(list, actor);
    }

    private static List<RankedHost> ranking() {
        List<RankedHost> out = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                DemoReferenceData.class.getResourceAsStream(RANKING), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                String[] parts = line.split(",", 2);
                out.add(new RankedHost(Integer.parseInt(parts[0].trim()), parts[1].trim()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RANKING, e);
        }
        return out;
    }
}
