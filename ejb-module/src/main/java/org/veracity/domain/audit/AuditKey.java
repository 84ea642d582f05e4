package org.veracity.domain.audit;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A secret that seals the audit chain with HMAC-SHA256 (issue 9, defect 11). It comes from the
 * environment only and never from the database, so someone who can write the database but does not
 * hold it cannot make a changed or invented event look genuine. Its id is stored next to each seal,
 * so rotating to a new key leaves the events sealed with older ones verifiable.
 */
public final class AuditKey {

    /** HMAC-SHA256 keys shorter than its 32-byte output add no strength; shorter ones are refused. */
    public static final int MINIMUM_LENGTH = 32;

    private final String id;
    private final byte[] secret;
    /** An initialised Mac per thread: getting and keying one costs more than sealing (a nightly job seals a million). */
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

    public AuditKey(String id, byte[] secret) {
        if (id == null || !id.matches("[A-Za-z0-9._-]{1,40}")) {
            throw new IllegalArgumentException("an audit key id is 1 to 40 letters, digits, '.', '_' or '-'");
        }
        if (secret == null || secret.length < MINIMUM_LENGTH) {
            throw new IllegalArgumentException("an audit key needs at least " + MINIMUM_LENGTH + " bytes");
        }
        this.id = id;
        this.secret = secret.clone();
    }

    public String id() {
        return id;
    }

    /** The seal of a message, as 64 hex digits. */
    public String seal(String message) {
        return HexFormat.of().formatHex(macs.get().doFinal(message.getBytes(StandardCharsets.UTF_8)));
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac;
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is required of every Java runtime", e);
        }
    }

    /** True when the seal is this key's seal of the message; compared in constant time. */
    public boolean sealed(String message, String seal) {
        return seal != null && MessageDigest.isEqual(seal(message).getBytes(StandardCharsets.US_ASCII),
                seal.getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AuditKey k && id.equals(k.id) && MessageDigest.isEqual(secret, k.secret);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id);
    }

    /** Never the secret: keys end up in log lines and exception messages by accident. */
    @Override
    public String toString() {
        return "AuditKey[" + id + "]";
    }
}
