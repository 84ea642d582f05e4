package org.veracity.domain.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The secret part of a bearer token: {@code vrc_} and 43 base64url characters (256 random bits).
 * Because it is random and long, a plain SHA-256 is a sufficient stored form.
 */
public final class TokenSecret {

    private static final Pattern FORMAT = Pattern.compile("vrc_[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private TokenSecret() {
    }

    /** A new token: the entity to store and the secret to show once. */
    public static IssuedToken issue(String name, String owner, Set<Scope> scopes, Instant now, Duration lifetime,
                                    boolean demo) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = "vrc_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new IssuedToken(ApiToken.issue(name, owner, hash(secret), scopes, now, lifetime, demo), secret);
    }

    public static boolean isWellFormed(String secret) {
        return secret != null && FORMAT.matcher(secret).matches();
    }

    public static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }

    /** A freshly issued token; {@code secret} must never be stored or logged. */
    public record IssuedToken(ApiToken token, String secret) {
        @Override
        public String toString() {
            return "IssuedToken[" + token.getName() + "]";
        }
    }
}
