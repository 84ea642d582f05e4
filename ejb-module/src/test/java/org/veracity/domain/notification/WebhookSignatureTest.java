package org.veracity.domain.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    @Test
    void hmacSha256MatchesTheKnownVector() {
        // The test vector of RFC 4231's neighbour, as published for HMAC-SHA256 (Wikipedia, "HMAC" examples).
        assertEquals("f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8",
                WebhookSignature.hmac("key", "The quick brown fox jumps over the lazy dog"));
    }

    @Test
    void theSignatureCoversTimestampDotBodyWithTheSubscribersSecret() {
        // Same value as: printf '%s' '1700000000.{"item":"post-1","treatment":"rated"}' | openssl dgst -sha256 -hmac whsec_test-secret
        assertEquals("v1=0eb2d9563f08871fdb8431f38c3f8f25558283f9980264c2c5899a094342f52f",
                WebhookSignature.sign("whsec_test-secret", 1_700_000_000L, "{\"item\":\"post-1\",\"treatment\":\"rated\"}"));
    }

    @Test
    void aChangedBodyTimestampOrSecretFailsVerification() {
        String body = "{\"item\":\"post-1\"}";
        String header = WebhookSignature.sign("s1", 1_700_000_000L, body);
        assertTrue(WebhookSignature.verify("s1", 1_700_000_000L, body, header));
        assertFalse(WebhookSignature.verify("s1", 1_700_000_000L, "{\"item\":\"post-2\"}", header));
        assertFalse(WebhookSignature.verify("s1", 1_700_000_001L, body, header));
        assertFalse(WebhookSignature.verify("s2", 1_700_000_000L, body, header));
        assertFalse(WebhookSignature.verify("s1", 1_700_000_000L, body, null));
    }
}
