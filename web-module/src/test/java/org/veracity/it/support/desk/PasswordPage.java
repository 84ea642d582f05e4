package org.veracity.it.support.desk;

/** Where a desk user changes the password, and must after logging in with a temporary one. */
public final class PasswordPage {

    private final DeskBrowser b;

    private PasswordPage(DeskBrowser b) {
        this.b = b;
    }

    /** The page the desk sends a user with a temporary password to, right after the login. */
    public static PasswordPage required(DeskBrowser b) {
        b.awaitPage("/desk/password.xhtml");
        return new PasswordPage(b);
    }

    /** Whether the page says the user must choose a password before anything else. */
    public boolean saysItMustChange() {
        return b.find("must-change").isDisplayed();
    }

    /** Changes the password (typed twice); the desk then goes on to the user's first page. */
    public void change(String current, String chosen) {
        b.type("password:current", current);
        b.type("password:password", chosen);
        b.type("password:repeat", chosen);
        b.press("password:change");
    }
}
