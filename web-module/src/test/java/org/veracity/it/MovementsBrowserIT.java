package org.veracity.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.veracity.it.support.VeracityIT;
import org.veracity.it.support.desk.DeskBrowser;
import org.veracity.it.support.desk.MovementsPage;
import org.veracity.it.support.desk.SuspensionsPage;

/** R16 in a real browser: a specialist designates a movement and suspends an account, messages next to fields. */
class MovementsBrowserIT extends VeracityIT {

    private static final String PASSWORD = "a-long-test-password";

    DeskBrowser desk;
    String suffix;

    @BeforeEach
    void open() throws IOException {
        desk = DeskBrowser.open(api.base(), Duration.ofSeconds(20));
        suffix = UUID.randomUUID().toString().substring(0, 8);
        String specialist = "spec-" + suffix;
        api.createUser(specialist, PASSWORD, "SPECIALIST");
        desk.logInAs(specialist, PASSWORD);
    }

    @AfterEach
    void close() {
        if (desk != null) {
            desk.close();
        }
    }

    @Test
    void the_designate_form_shows_problems_next_to_their_fields_then_designates() throws IOException {
        MovementsPage movements = MovementsPage.open(desk);
        movements.designate(null, null, "#two words", null);
        assertTrue(movements.problemWith("name").contains("required"), "name");
        assertTrue(movements.problemWith("description").contains("required"), "description");

        String name = "Browser militia " + suffix;
        movements.designate(name, "a militarized social movement", null, null);
        assertTrue(movements.problemWith("hashtags").contains("is not a single hashtag"), "hashtags");
        desk.screenshot("desk-movements-refused.png");
        movements.replaceHashtags("#Militia" + suffix);
        movements.designate(null, null, null, "g-browser-" + suffix);
        String listed = movements.awaitListed(name);
        desk.screenshot("desk-movements.png");
        assertTrue(listed.contains("g-browser-" + suffix));
    }

    @Test
    void a_suspension_needs_an_end_or_permanent() {
        SuspensionsPage suspensions = SuspensionsPage.open(desk);
        suspensions.suspend("author-" + suffix, "organised a militia");
        assertTrue(suspensions.problemWith("until").contains("required unless the suspension is permanent"));

        suspensions.suspendPermanently();
        assertTrue(suspensions.awaitListed("author-" + suffix).contains("permanently"));
    }
}
