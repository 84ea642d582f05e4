package org.veracity.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.veracity.domain.escalation.PublicFormLimits;

/**
 * The time-based part of the public form's abuse protection (R20): a ticket is the moment the form was shown,
 * signed with HMAC-SHA256 under a key drawn at start-up. A form comes back with its ticket; one sent sooner than
 * the minimum, later than the lifetime, or with a forged ticket is refused. A restart invalidates forms being
 * filled in (the person reloads the page); instances of a cluster each sign their own forms, so the form is sent
 * back to the instance that showed it only if sessions are sticky — otherwise configure one key for all later.
 */
@ApplicationScoped
public class PublicFormTickets {

    private final byte[] key = new byte[32];

    public PublicFormTickets() {
        new SecureRandom().nextBytes(key);
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

    private String sign(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(text.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
