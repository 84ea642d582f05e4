package org.veracity.interfaces.web.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.stream.Collectors;
import org.veracity.application.DeskUserService;

/** Checks desk logins against Veracity's users; each role becomes a group of the same name. */
@ApplicationScoped
public class DeskIdentityStore implements IdentityStore {

    @Inject
    DeskUserService users;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        return users.verify(credential.getCaller(), credential.getPasswordAsString())
                .map(u -> new CredentialValidationResult(u.username(),
                        u.roles().stream().map(Enum::name).collect(Collectors.toSet())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
