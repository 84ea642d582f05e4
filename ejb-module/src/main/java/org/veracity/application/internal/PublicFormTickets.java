package org.veracity.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.logging.Logger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.veracity.domain.escalation.PublicFormLimits;
import org.veracity.infrastructure.config.EscalationSettings;
import org.veracity.infrastructure.persistence.SharedSigningKeys;

/**
 * The time-based part of the public form's abuse protection (R20): a ticket is the moment the form was shown,
 * signed with HMAC-SHA256. A form comes back with its ticket; one sent sooner than the minimum, later than the
 * lifetime, or with a forged ticket is refused. The key is the same on every instance and across restarts, so a
 * form shown before a restart or by another instance is accepted: {@code veracity.escalations.public.form-key}
 * from the environment when set, else a key drawn once and kept in the database ({@link SharedSigningKeys}).
 */
@ApplicationScoped
public class PublicFormTickets {

    static final String PURPOSE = "public-form";
    private static final Logger LOG = Logger.getLogger(PublicFormTickets.class.getName());

    @Inject
    EscalationSettings settings;

    @Inject
    SharedSigningKeys sharedKeys;

    private volatile byte[] key;

    /** For the container: the key is resolved on first use. */
    public PublicFormTickets() {
    }

    /** Tickets signed with this key (tests; an instance reading a stored key). */
    public PublicFormTickets(byte[] key) {
        this.key = Objects.requireNonNull(key).clone();
    }

    public String issue(Instant now) {
        String at = Long.toString(now.getEpochSecond());
        return at + "." + sign(at);
    }

    /** Null when the ticket is good at {@code now}; else why not, in words a person can act on. */
    public String whyRefused(String ticket, Instant now, PublicFormLimits limits) {
        if (ticket == null || !ticket.matches("\\d{1,19}\\.[A-Za-z0-9_-]{43}")) {
            return "the form has expired or was not shown by Veracity; reload the page and send it again";
        }
        String at = ticket.substring(0, ticket.indexOf('.'));
        if (!MessageDigest.isEqual(sign(at).getBytes(StandardCharsets.US_ASCII),
                ticket.substring(ticket.indexOf('.') + 1).getBytes(StandardCharsets.US_ASCII))) {
            return "the form has expired or was not shown by Veracity; reload the page and send it again";
        }
        long age = now.getEpochSecond() - Long.parseLong(at);
        if (age < limits.minSeconds()) {
            return "the form was sent too quickly after it was shown; wait a few seconds and send it again";
        }
        if (age > PublicFormLimits.TICKET_LIFETIME_SECONDS) {
            return "the form has expired; reload the page and send it again";
        }
        return null;
    }

    private byte[] key() {
        byte[] k = key;
        if (k == null) {
            synchronized (this) {
                if (key == null) {
                    key = settings.publicFormKey().orElseGet(() -> sharedKeys.keyFor(PURPOSE));
                    LOG.info(() -> "Public form tickets are signed with the key "
                            + (settings.publicFormKey().isPresent() ? "configured in veracity.escalations.public.form-key"
                            : "kept in the database (signing_key '" + PURPOSE + "'), shared by every instance"));
                }
                k = key;
            }
        }
        return k;
    }

    private String sign(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(text.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
