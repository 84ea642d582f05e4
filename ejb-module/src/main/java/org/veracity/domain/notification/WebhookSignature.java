package org.veracity.domain.notification;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How a webhook delivery is signed (R20): HMAC-SHA256, keyed with the subscription's secret, over
 * {@code timestamp + "." + body}, hex-encoded. The receiver recomputes it from the
 * {@value #TIMESTAMP_HEADER} header and the raw body, compares, and rejects old timestamps to stop replays;
 * {@value #ID_HEADER} is the same on every retry of one delivery, so a receiver can drop duplicates.
 */
public final class WebhookSignature {

    public static final String SIGNATURE_HEADER = "Veracity-Signature";
    public static final String TIMESTAMP_HEADER = "Veracity-Timestamp";
    public static final String ID_HEADER = "Veracity-Message-Id";
    public static final String TOPIC_HEADER = "Veracity-Topic";

    private WebhookSignature() {
    }

    /** The signature header's value: {@code v1=<hex>}; {@code timestamp} is seconds since the epoch. */
    public static String sign(String secret, long timestamp, String body) {
        return "v1=" + hmac(secret, timestamp + "." + body);
    }

    public static boolean verify(String secret, long timestamp, String body, String header) {
        return header != null && java.security.MessageDigest.isEqual(
                sign(secret, timestamp, body).getBytes(StandardCharsets.US_ASCII),
                header.getBytes(StandardCharsets.US_ASCII));
    }

    static String hmac(String secret, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
