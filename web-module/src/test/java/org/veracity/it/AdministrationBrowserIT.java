package org.veracity.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.Form;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.veracity.it.support.VeracityIT;
import org.veracity.it.support.desk.DeskBrowser;
import org.veracity.it.support.desk.LoginPage;
import org.veracity.it.support.desk.PasswordPage;
import org.veracity.it.support.desk.SuspensionsPage;
import org.veracity.it.support.desk.UsersPage;
import org.veracity.it.support.desk.WorkbenchPage;

/** Issue 9 in Chromium: an admin creates a fact-checker, who must choose a password and then sees only its work. */
class AdministrationBrowserIT extends VeracityIT {

    private static final String PASSWORD = "a-long-browser-password";

    DeskBrowser desk;

    @BeforeEach
    void open() throws IOException {
        desk = DeskBrowser.open(api.base(), Duration.ofSeconds(30));
    }

    @AfterEach
    void close() {
        if (desk != null) {
            desk.close();
        }
    }

    @Test
    void an_admin_creates_a_fact_checker_who_must_choose_a_password_and_then_sees_only_the_workbench() throws IOException {
        String partner = "Browser checkers " + UUID.randomUUID().toString().substring(0, 6);
        api.controlOk("/api/test/partners", new Form().param("name", partner).param("languages", "en")
                .param("regions", "US"));
        String admin = "admin-" + UUID.randomUUID().toString().substring(0, 8);
        api.createUser(admin, PASSWORD, "ADMIN");
        String checker = "fc-" + UUID.randomUUID().toString().substring(0, 8);
        String temporary = "temporary-" + UUID.randomUUID().toString().substring(0, 8);

        desk.logInAs(admin, PASSWORD);
        UsersPage users = UsersPage.fromMenu(desk);
        users.create(checker, "Casey Checker", temporary, "FACT_CHECKER", partner);
        String row = users.row(checker);
        assertTrue(row.contains("must choose a password"), row);
        assertTrue(row.contains(partner), row);
        desk.screenshot("admin-users.png");
        desk.logOut();

        LoginPage.shown(desk).submit(checker, temporary);
        PasswordPage password = PasswordPage.required(desk);
        assertTrue(password.saysItMustChange());
        password.change(temporary, "my-own-password-" + UUID.randomUUID().toString().substring(0, 8));

        desk.awaitPage(WorkbenchPage.PATH);
        desk.screenshot("fact-checker-workbench.png");
        assertEquals(List.of("Fact-check queue", "Workbench", "Enqueue", "Disputes", "Password", "Public pages"),
                desk.menu());

        desk.go(SuspensionsPage.PATH);
        assertFalse(desk.source().contains("Account suspensions</h1>"), "suspensions are for staff");
        desk.go(UsersPage.PATH);
        assertFalse(desk.source().contains("Desk users</h1>"), "users are for admins");

        desk.go("/desk/login.xhtml");
        desk.forgetSession();
        LoginPage again = desk.loginFor("/desk/login.xhtml");
        again.submit(checker, temporary);
        again.awaitRefusal();
        assertTrue(desk.url().contains("/desk/login.xhtml"), "the temporary password worked only once");
    }
}
