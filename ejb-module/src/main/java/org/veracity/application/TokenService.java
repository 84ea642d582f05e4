package org.veracity.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.util.Set;
import org.veracity.domain.access.Actor;
import org.veracity.domain.access.Scope;
import org.veracity.domain.access.TokenRejectedException;
import org.veracity.domain.access.TokenSecret.IssuedToken;

/** R24: bearer tokens for integrators. */
public interface TokenService {

    /** The grant behind a bearer secret; a missing, malformed, unknown, expired or revoked one is refused. */
    TokenGrant authenticate(String secret) throws TokenRejectedException;

    /** A new token; {@code lifetime} null makes it permanent. The secret is in the answer and nowhere else. */
    IssuedToken issue(@NotBlank @Size(max = 100) String name, @NotBlank @Size(max = 200) String owner,
                      @NotNull @NotEmpty Set<Scope> scopes, Duration lifetime, @NotNull Actor actor);

    void revoke(@NotBlank String name, @NotNull Actor actor);
}
