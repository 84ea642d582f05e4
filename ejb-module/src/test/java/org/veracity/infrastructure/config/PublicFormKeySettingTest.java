package org.veracity.infrastructure.config;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The public form's configured key: used as given, refused when unusable without the secret in the message. */
class PublicFormKeySettingTest {

    private static EscalationSettings with(String value) {
        EscalationSettings s = new EscalationSettings();
        s.publicFormKey = Optional.ofNullable(value);
        return s;
    }

    @Test
    void aConfiguredKeyIsUsedAsGivenAndNoneMeansTheStoredKey() {
        byte[] key = new byte[32];
        key[5] = 42;
        assertArrayEquals(key, with(Base64.getEncoder().encodeToString(key)).publicFormKey().orElseThrow());
        assertTrue(with(null).publicFormKey().isEmpty());
        assertTrue(with("  ").publicFormKey().isEmpty());
    }

    @Test
    void aShortOrMalformedKeyIsRefusedWithoutQuotingIt() {
        String shortKey = Base64.getEncoder().encodeToString("sixteen-byte-key".getBytes());
        IllegalStateException tooShort = assertThrows(IllegalStateException.class, () -> with(shortKey).publicFormKey());
        assertTrue(tooShort.getMessage().contains("at least 32 bytes"));
        assertFalse(tooShort.getMessage().contains(shortKey));
        IllegalStateException malformed = assertThrows(IllegalStateException.class,
                () -> with("not*base64*secret").publicFormKey());
        assertFalse(malformed.getMessage().contains("not*base64*secret"));
    }
}
