package org.veracity.interfaces.web.access;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.veracity.application.DeskUserService;
import org.veracity.application.FieldProblem;
import org.veracity.interfaces.web.DeskMessages;

/** /desk/password: the logged-in user chooses a new password (required after an admin set one). */
@Named
@RequestScoped
public class PasswordBean {

    private static final Map<String, String> FIELDS = Map.of("current", "password:current", "currentPassword", "password:current",
            "password", "password:password", "newPassword", "password:password", "repeat", "password:repeat");

    @Inject
    DeskUserService users;

    @Inject
    FacesContext faces;

    private String current;
    private String password;
    private String repeat;

    public boolean isRequired() {
        String name = faces.getExternalContext().getRemoteUser();
        return name != null && users.find(name).map(DeskUserService.DeskUserView::mustChangePassword).orElse(false);
    }

    public void change() throws IOException {
        if (password != null && !password.equals(repeat)) {
            DeskMessages.problems("The new passwords differ.",
                    List.of(new FieldProblem("repeat", "repeat the new password exactly")), FIELDS);
            return;
        }
        ExternalContext ec = faces.getExternalContext();
        String name = ec.getRemoteUser();
        if (DeskMessages.attempt(() -> users.changeOwnPassword(name, current, password), FIELDS)) {
            ec.getFlash().setKeepMessages(true);
            DeskMessages.info("Your password is changed.");
            ec.redirect(ec.getRequestContextPath() + DeskPages.home((HttpServletRequest) ec.getRequest()));
        }
    }

    public String getCurrent() { return current; }
    public void setCurrent(String current) { this.current = current; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getRepeat() { return repeat; }
    public void setRepeat(String repeat) { this.repeat = repeat; }
}
