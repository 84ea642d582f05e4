package org.veracity.it.support.desk;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** An admin's list of desk users and the form that creates one (issue 9). */
public final class UsersPage {

    public static final String PATH = "/desk/users.xhtml";

    private final DeskBrowser b;

    private UsersPage(DeskBrowser b) {
        this.b = b;
    }

    /** The page the desk menu's "Users" leads to. */
    public static UsersPage fromMenu(DeskBrowser b) {
        b.follow("Users");
        b.visible("create:username");
        return new UsersPage(b);
    }

    /** Creates a user with one role, belonging to an organisation, and a temporary password. */
    public void create(String username, String displayName, String temporaryPassword, String role, String organisation) {
        b.type("create:username", username);
        b.type("create:displayName", displayName);
        b.type("create:password", temporaryPassword);
        b.driver().findElement(By.xpath("//*[@id='create:roles']//label[text()='" + role + "']")).click();
        b.choose("create:organisation", organisation, organisation);
        b.press("create:createButton");
    }

    /** Waits until the list shows the user; answers its row. */
    public String row(String username) {
        return b.waiting().until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//tr[.//span[@class='username' and text()='" + username + "']]"))).getText();
    }
}
