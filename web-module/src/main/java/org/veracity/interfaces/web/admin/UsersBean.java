package org.veracity.interfaces.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.veracity.application.DeskUserService.DeskUserView;
import org.veracity.application.DeskUserService;
import org.veracity.application.FactCheckService.PartnerView;
import org.veracity.application.FactCheckService;
import org.veracity.domain.access.Role;
import org.veracity.interfaces.web.DeskMessages;
import org.veracity.interfaces.web.PageData;
import org.veracity.interfaces.web.access.DeskUser;

/** /desk/users: an ADMIN manages every desk user; a partner's admin its own organisation's fact-checkers. */
@Named
@RequestScoped
public class UsersBean {

    private static final Map<String, String> CREATE_FIELDS = Map.of("username", "create:username",
            "displayName", "create:displayName", "temporaryPassword", "create:password", "roles", "create:roles",
            "organisation", "create:organisation");
    private static final Map<String, String> MANAGE_FIELDS = Map.of("username", "manage:user",
            "roles", "manage:roles", "organisation", "manage:organisation", "temporaryPassword", "manage:password");

    @Inject
    DeskUserService users;

    @Inject
    FactCheckService factChecking;

    @Inject
    DeskUser user;

    private String username;
    private String displayName;
    private String password;
    private List<String> roles;
    private String organisation;

    private String selected;
    private List<String> newRoles;
    private String newOrganisation;
    private String temporaryPassword;

    private List<DeskUserView> all;

    public List<DeskUserView> getAll() {
        if (all == null) {
            all = users.list(user.actor());
        }
        return all;
    }

    /** The roles this admin may give: all desk roles for an ADMIN, fact-checker for a partner's admin. */
    public List<Role> getGrantable() {
        return isAdmin() ? Arrays.asList(Role.DESK_ROLES) : List.of(Role.FACT_CHECKER);
    }

    /** The organisations this admin may put users in. */
    private final PageData<List<String>> organisations = PageData.of(() -> isAdmin()
            ? factChecking.partners().stream().map(PartnerView::name).toList() : List.of(user.actor().organisation()));

    public List<String> getOrganisations() {
        return organisations.get();
    }

    private boolean isAdmin() {
        return user.actor().has(Role.ADMIN);
    }

    public void create() {
        String org = isAdmin() ? organisation : user.actor().organisation();
        if (DeskMessages.attempt(() -> users.invite(username, displayName, password, roleSet(roles), org, user.actor()),
                CREATE_FIELDS)) {
            DeskMessages.info("User " + username + " created: they choose their own password at the first login.");
            username = displayName = password = organisation = null;
            roles = null;
            all = null;
        }
    }

    public void change() {
        String org = isAdmin() ? newOrganisation : user.actor().organisation();
        if (DeskMessages.attempt(() -> users.change(selected, roleSet(newRoles), org, user.actor()), MANAGE_FIELDS)) {
            DeskMessages.info("User " + selected + " now has the roles " + newRoles + ".");
            all = null;
        }
    }

    public void disable() {
        if (DeskMessages.attempt(() -> users.disable(selected, user.actor()), MANAGE_FIELDS)) {
            DeskMessages.info("User " + selected + " is disabled.");
            all = null;
        }
    }

    public void enable() {
        if (DeskMessages.attempt(() -> users.enable(selected, user.actor()), MANAGE_FIELDS)) {
            DeskMessages.info("User " + selected + " is enabled.");
            all = null;
        }
    }

    public void resetPassword() {
        if (DeskMessages.attempt(() -> users.resetPassword(selected, temporaryPassword, user.actor()), MANAGE_FIELDS)) {
            DeskMessages.info("The password of " + selected + " is reset: they choose a new one at the next login.");
            temporaryPassword = null;
            all = null;
        }
    }

    private static Set<Role> roleSet(List<String> chosen) {
        return chosen == null || chosen.isEmpty() ? Set.of() : EnumSet.copyOf(chosen.stream().map(Role::valueOf).toList());
    }

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public List<String> getRoles() { return roles; }
    public void setRoles(List<String> roles) { this.roles = roles; }
    public String getOrganisation() { return organisation; }
    public void setOrganisation(String organisation) { this.organisation = organisation; }
    public String getSelected() { return selected; }
    public void setSelected(String selected) { this.selected = selected; }
    public List<String> getNewRoles() { return newRoles; }
    public void setNewRoles(List<String> newRoles) { this.newRoles = newRoles; }
    public String getNewOrganisation() { return newOrganisation; }
    public void setNewOrganisation(String newOrganisation) { this.newOrganisation = newOrganisation; }
    public String getTemporaryPassword() { return temporaryPassword; }
    public void setTemporaryPassword(String temporaryPassword) { this.temporaryPassword = temporaryPassword; }
}
