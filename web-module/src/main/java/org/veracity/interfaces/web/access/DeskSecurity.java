package org.veracity.interfaces.web.access;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.Set;

/**
 * Form login for the desk (DESIGN §1 roles); the REST API authenticates bearer tokens separately.
 *
 * <p>The login page hands the credential over through {@code SecurityContext.authenticate}; a valid one
 * puts the caller and its roles into the HTTP session, and every later request of that session tells the
 * container who it is, roles included. This replaces the built-in form mechanism with {@code
 * @AutoApplySession}, which re-announced only the caller's name and let Payara look the roles up again:
 * under parallel requests of one session that lookup sometimes came back empty and a logged-in user got
 * 403 (payara/Payara#6145; DeskHardeningIT reproduces it). The mechanism holds no state of its own.
 */
@DeclareRoles({"MODERATOR", "SPECIALIST", "FACT_CHECKER", "POLICY_LEAD", "ADMIN", "PARTNER_ADMIN"})
@ApplicationScoped
public class DeskSecurity implements HttpAuthenticationMechanism {

    static final String LOGIN_PAGE = "/desk/login.xhtml";
    private static final String SIGNED_IN = DeskSecurity.class.getName() + ".signedIn";

    @Inject
    IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            return logIn(request, context, identityStores.validate(credential));
        }
        HttpSession session = request.getSession(false);
        SignedIn signedIn = session == null ? null : (SignedIn) session.getAttribute(SIGNED_IN);
        if (signedIn != null) {
            return context.notifyContainerAboutLogin(signedIn.caller(), signedIn.roles());
        }
        if (context.isProtected()) {
            return toLogin(request, response, request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid());
        }
        return context.doNothing();
    }

    /**
     * Sends a visitor without a login to the login page; one whose session has lapsed is told so there. A
     * PrimeFaces ajax request gets the redirect as a partial response, which the page follows.
     */
    private static AuthenticationStatus toLogin(HttpServletRequest request, HttpServletResponse response, boolean expired) {
        String login = request.getContextPath() + (expired ? LOGIN_PAGE + "?expired=true" : LOGIN_PAGE);
        try {
            if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
                response.setContentType("text/xml");
                response.setCharacterEncoding("UTF-8");
                response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                        + login.replace("&", "&amp;").replace("\"", "&quot;") + "\"/></partial-response>");
            } else {
                response.sendRedirect(login);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    private static AuthenticationStatus logIn(HttpServletRequest request, HttpMessageContext context,
                                              CredentialValidationResult result) {
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (request.getSession(false) != null) {
            request.changeSessionId(); // no session fixation: the id a visitor had before is worthless after
        }
        SignedIn signedIn = new SignedIn(result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups()));
        request.getSession(true).setAttribute(SIGNED_IN, signedIn);
        return context.notifyContainerAboutLogin(signedIn.caller(), signedIn.roles());
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SIGNED_IN);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }

    /** Who logged in on this session and with which roles; immutable, so parallel requests may share it. */
    record SignedIn(String caller, Set<String> roles) implements Serializable {
    }
}
