package org.veracity.it.support.desk;

/** R16: a specialist designates a militarized social movement by name, description, hashtags and groups. */
public final class MovementsPage {

    private final DeskBrowser b;

    private MovementsPage(DeskBrowser b) {
        this.b = b;
    }

    public static MovementsPage open(DeskBrowser b) {
        b.go("/desk/movements.xhtml");
        b.visible("designate:hashtags");
        return new MovementsPage(b);
    }

    /** Fills in whatever of the form is not null (added to what the fields hold) and presses "designate". */
    public void designate(String name, String description, String hashtags, String groupIds) {
        typeIfGiven("designate:name", name);
        typeIfGiven("designate:description", description);
        typeIfGiven("designate:hashtags", hashtags);
        typeIfGiven("designate:groupIds", groupIds);
        b.press("designate:designateButton");
    }

    /** Replaces the hashtags the form holds. */
    public void replaceHashtags(String hashtags) {
        b.retype("designate:hashtags", hashtags);
    }

    public String problemWith(String field) {
        return b.messageNextTo("designate:" + field);
    }

    /** Waits until the list of designated movements names this one; answers the list. */
    public String awaitListed(String name) {
        b.awaitText("movements", name);
        return b.text("movements");
    }

    private void typeIfGiven(String id, String text) {
        if (text != null) {
            b.type(id, text);
        }
    }
}
