package org.veracity.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.veracity.it.support.VeracityIT;
import org.veracity.it.support.desk.DeskBrowser;
import org.veracity.it.support.desk.EscalatePage;
import org.veracity.it.support.desk.EscalationStatusPage;
import org.veracity.it.support.desk.EscalationsPage;

/**
 * R20 in a real browser: someone reports through the public form (a bad e-mail address is refused next to its
 * field), a specialist decides the escalation in the desk, and the public status page shows the decision.
 */
class EscalationsBrowserIT extends VeracityIT {

    private static final String PASSWORD = "a-long-test-password";
    private static final String POLICY = "militarized-language-polling-places";

    DeskBrowser desk;
    String suffix;

    @BeforeEach
    void open() throws IOException {
        desk = DeskBrowser.open(api.base(), Duration.ofSeconds(30));
        suffix = UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterEach
    void close() {
        if (desk != null) {
            desk.close();
        }
    }

    @Test
    void a_public_report_is_decided_in_the_desk_and_its_status_page_shows_the_decision() throws Exception {
        EscalatePage report = EscalatePage.open(desk);
        report.fillIn("not-an-address", "https://video.example/watch?v=army-" + suffix, POLICY,
                "Militarized language near polling places", "A video recruiting an army for election day");
        Thread.sleep(3_500); // a person takes a few seconds; the form refuses what comes back sooner
        report.send();
        assertTrue(report.problemWith("email").contains("must be an e-mail address"), "bad e-mail refused");
        desk.screenshot("public-escalation-refused.png");

        report.correctEmail("voter-" + suffix + "@example.org");
        report.send();
        String trackingId = report.trackingId();
        String statusLink = report.statusLink();
        assertTrue(trackingId.startsWith("ESC-"), trackingId);
        assertTrue(statusLink.contains("/transparency/escalation.xhtml?id=" + trackingId + "&key="), statusLink);
        desk.screenshot("public-escalation-received.png");

        String specialist = "esc-browser-" + suffix;
        api.createUser(specialist, PASSWORD, "SPECIALIST");
        desk.logInAs(specialist, PASSWORD);
        EscalationsPage escalations = EscalationsPage.open(desk);
        assertTrue(escalations.awaitQueued(trackingId).contains("public (no organisation)"));
        escalations.decide(trackingId, "NO_VIOLATION", "no violation",
                "The video asks for poll watchers without intimidation.");
        desk.screenshot("desk-escalation-decided.png");

        EscalationStatusPage status = EscalationStatusPage.decided(desk, statusLink);
        assertEquals("DECIDED", status.status());
        assertEquals("no violation", status.action());
        assertEquals(POLICY + "@v1", status.policyVersion());
        assertEquals("The video asks for poll watchers without intimidation.", status.rationale());
        desk.screenshot("public-escalation-status.png");

        EscalationStatusPage.awaitMissing(desk, statusLink.replaceAll("key=[^&]+", "key=wrong"));
    }
}
