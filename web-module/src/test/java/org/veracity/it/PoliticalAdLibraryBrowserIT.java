package org.veracity.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.veracity.it.support.Fixtures;
import org.veracity.it.support.VeracityIT;
import org.veracity.it.support.desk.DeskBrowser;
import org.veracity.it.support.desk.PoliticalAdLibraryPage;

/** R19 in a real browser: the public ad library renders without a login, the rejected ads with their reason. */
class PoliticalAdLibraryBrowserIT extends VeracityIT {

    DeskBrowser browser;

    @BeforeEach
    void open() throws IOException {
        browser = DeskBrowser.open(api.base(), Duration.ofSeconds(20));
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void anyone_sees_the_ad_library_with_advertiser_paid_for_by_reach_and_the_rejected_ad_with_its_reason() throws IOException {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String integrator = api.token("content:write", null);
        Instant posted = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofMinutes(1));
        Fixtures.Content running = politicalAd("lib-ok-" + suffix, "Vote Lee " + suffix, suffix, posted).views(4321)
                .shares(0).ad(true).sponsor("Lee Committee " + suffix);
        Fixtures.Content rejected = politicalAd("lib-no-" + suffix, "Vote Lee now " + suffix, suffix, posted).views(0)
                .shares(0).ad(true);
        api.postJsonOk("/api/v1/content", integrator, Fixtures.items(running, rejected));

        PoliticalAdLibraryPage library = PoliticalAdLibraryPage.open(browser);
        browser.screenshot("political-ad-library.png");
        assertEquals("Political ad library", library.heading());
        String ok = library.rowOf("Vote Lee " + suffix);
        assertTrue(ok.contains("Lee Committee " + suffix), ok);
        assertTrue(ok.contains("4321"), ok);
        assertTrue(ok.contains("RUNNING"), ok);
        String no = library.rowOf("Vote Lee now " + suffix);
        assertTrue(no.contains("REJECTED"), no);
        assertTrue(no.contains("needs a \"paid for by\" disclosure"), no);
        assertTrue(no.contains("not reported"), "reach the platform did not send: " + no);
        assertTrue(browser.driver().manage().getCookieNamed("JSESSIONID") == null, "a public page opens no session");
        assertTrue(library.csvLink().endsWith("format=csv"));
    }

    /** A politician's post in the US, in English. */
    private static Fixtures.Content politicalAd(String id, String text, String suffix, Instant posted) {
        return Fixtures.content(id).text(text).author("lee-" + suffix, "POLITICIAN").region("US").language("en")
                .postedAt(posted);
    }
}
