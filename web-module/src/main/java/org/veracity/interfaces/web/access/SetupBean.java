package org.veracity.interfaces.web.access;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Map;
import org.veracity.application.SetupService;
import org.veracity.interfaces.web.DeskMessages;

/** /desk/setup: the first admin, created once with the setup code from the server log. */
@Named
@RequestScoped
public class SetupBean {

    private static final Map<String, String> FIELDS = Map.of("code", "setup:code", "username", "setup:username",
            "displayName", "setup:displayName", "password", "setup:password");

    @Inject
    SetupService setup;

    @Inject
    FacesContext faces;

    private String code;
    private String username;
    private String displayName;
    private String password;

    public boolean isOpen() {
        return setup.isOpen();
    }

    public void create() throws IOException {
        if (DeskMessages.attempt(() -> setup.createFirstAdmin(code, username, displayName, password), FIELDS)) {
            ExternalContext ec = faces.getExternalContext();
            ec.getFlash().setKeepMessages(true);
            DeskMessages.info("The first admin, " + username + ", exists. Log in with the password you chose.");
            ec.redirect(ec.getRequestContextPath() + DeskPages.LOGIN);
        }
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
}
