package org.veracity.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.veracity.domain.access.Actor;
import org.veracity.domain.access.Scope;
import org.veracity.domain.access.TokenRejectedException;
import org.veracity.domain.access.TokenSecret.IssuedToken;

/**
 * R24: bearer tokens for integrators. An ADMIN (or an {@code admin}-scoped token) issues, lists and revokes
 * any token; a partner organisation's admin only its own organisation's, with fact-checking scopes.
 */
public interface TokenService {

    /** The scopes a partner organisation's admin may put on its organisation's tokens. */
    Set<Scope> PARTNER_SCOPES = Set.of(Scope.FACTCHECK_WRITE, Scope.CONTENT_READ);

    /** The grant behind a bearer secret; a missing, malformed, unknown, expired or revoked one is refused. */
    TokenGrant authenticate(String secret) throws TokenRejectedException;

    /** A new token; {@code lifetime} null makes it permanent. The secret is in the answer and nowhere else. */
    IssuedToken issue(@NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._:-]{1,100}",
                              message = "must be letters, digits, dots, colons, dashes or underscores") String name,
                      @NotBlank @Size(max = 200) String owner,
                      @NotNull @NotEmpty(message = "choose at least one scope") Set<Scope> scopes, Duration lifetime,
                      @NotNull Actor actor);

    /** Revoked at once: the next request with it gets 401. */
    void revoke(@NotBlank String name, @NotNull Actor actor);

    /**
     * Demo mode only: revokes the previous demo tokens and issues a permanent one with every scope for
     * {@code owner}, so each demo start prints a fresh secret and no old one keeps working.
     */
    IssuedToken replaceDemoToken(@NotBlank String owner, @NotNull Actor actor);

    /** The tokens the actor manages, newest first. */
    List<TokenView> list(@NotNull Actor actor);

    record TokenView(String name, String owner, List<String> scopes, Instant issuedAt, Instant expiresAt,
                     Instant lastUsedAt, Instant revokedAt, String status) {
        public TokenView {
            scopes = List.copyOf(scopes);
        }
    }
}
