package org.veracity.interfaces.web.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import java.util.stream.Collectors;
import org.veracity.application.DeskUserService;

/**
 * Checks desk logins against Veracity's users; each role becomes a group of the same name. The client
 * address goes along so failed logins are throttled per address as well as per account.
 */
@ApplicationScoped
public class DeskIdentityStore implements IdentityStore {

    @Inject
    DeskUserService users;

    @Inject
    HttpServletRequest request;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        return users.verify(credential.getCaller(), credential.getPasswordAsString(), request.getRemoteAddr())
                .map(u -> new CredentialValidationResult(u.username(),
                        u.roles().stream().map(Enum::name).collect(Collectors.toSet())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
