package org.veracity.interfaces.web.access;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;

@Named
@RequestScoped
public class LoginBean {

    @NotBlank(message = "Enter your user name")
    private String username;

    @NotBlank(message = "Enter your password")
    private String password;

    @Inject
    SecurityContext security;

    @Inject
    FacesContext faces;

    public void login() throws IOException {
        ExternalContext ec = faces.getExternalContext();
        AuthenticationStatus status = security.authenticate((HttpServletRequest) ec.getRequest(),
                (HttpServletResponse) ec.getResponse(),
                AuthenticationParameters.withParams().credential(
                        new UsernamePasswordCredential(username, new Password(password))));
        switch (status) {
            case SEND_CONTINUE -> faces.responseComplete();
            case SEND_FAILURE -> faces.addMessage("login:password", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    "Unknown user name or wrong password", null));
            case SUCCESS -> ec.redirect(ec.getRequestContextPath() + DeskPages.home((HttpServletRequest) ec.getRequest()));
            case NOT_DONE -> faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    "Login is not available right now", null));
        }
    }

    public void logout() throws IOException, ServletException {
        ExternalContext ec = faces.getExternalContext();
        ((HttpServletRequest) ec.getRequest()).logout();
        ec.invalidateSession();
        ec.redirect(ec.getRequestContextPath() + "/desk/login.xhtml");
    }

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
}
