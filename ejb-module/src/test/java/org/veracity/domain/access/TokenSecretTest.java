package org.veracity.domain.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.veracity.domain.access.TokenSecret.IssuedToken;

/** R24: tokens are random, stored only as a hash, temporary ones live at most 24 hours. */
class TokenSecretTest {

    private final Instant now = Instant.parse("2020-10-14T12:00:00Z");

    @Test
    void the_secret_is_well_formed_and_only_its_hash_is_kept() {
        IssuedToken issued = TokenSecret.issue("t", "sys", Set.of(Scope.CONTENT_WRITE), now, null, false);
        assertTrue(TokenSecret.isWellFormed(issued.secret()));
        assertEquals(TokenSecret.hash(issued.secret()), hashOf(issued.token()));
        assertFalse(issued.toString().contains(issued.secret()), "the secret must not leak through toString");
    }

    @Test
    void two_tokens_never_share_a_secret() {
        assertNotEquals(TokenSecret.issue("a", "s", Set.of(Scope.ADMIN), now, null, false).secret(),
                TokenSecret.issue("b", "s", Set.of(Scope.ADMIN), now, null, false).secret());
    }

    @Test
    void a_temporary_token_expires_at_the_end_of_its_lifetime() {
        ApiToken token = TokenSecret.issue("t", "s", Set.of(Scope.CONTENT_READ), now, Duration.ofHours(24), false).token();
        assertFalse(token.isExpiredAt(now.plus(Duration.ofHours(24)).minusSeconds(1)));
        assertTrue(token.isExpiredAt(now.plus(Duration.ofHours(24))));
    }

    @Test
    void a_temporary_token_longer_than_24_hours_is_refused() {
        assertThrows(IllegalArgumentException.class,
                () -> TokenSecret.issue("t", "s", Set.of(Scope.ADMIN), now, Duration.ofHours(25), false));
    }

    @Test
    void a_permanent_token_never_expires() {
        ApiToken token = TokenSecret.issue("t", "s", Set.of(Scope.ADMIN), now, null, false).token();
        assertNull(token.getExpiresAt());
        assertFalse(token.isExpiredAt(now.plus(Duration.ofDays(3650))));
    }

    @Test
    void the_admin_scope_allows_everything_else_only_what_it_names() {
        ApiToken admin = TokenSecret.issue("a", "s", Set.of(Scope.ADMIN), now, null, false).token();
        ApiToken reader = TokenSecret.issue("r", "s", Set.of(Scope.DISTRIBUTION_READ), now, null, false).token();
        assertTrue(admin.allows(Scope.CONTENT_WRITE));
        assertTrue(reader.allows(Scope.DISTRIBUTION_READ));
        assertFalse(reader.allows(Scope.CONTENT_WRITE));
    }

    @Test
    void malformed_secrets_are_recognised() {
        assertFalse(TokenSecret.isWellFormed("vrc_short"));
        assertFalse(TokenSecret.isWellFormed("Bearer vrc_" + "a".repeat(43)));
        assertTrue(TokenSecret.isWellFormed("vrc_" + "a".repeat(43)));
    }

    private static String hashOf(ApiToken token) {
        try {
            var f = ApiToken.class.getDeclaredField("secretHash");
            f.setAccessible(true);
            return (String) f.get(token);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
