package org.veracity.domain.content;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PlatformIdTest {

    @Test
    void ordinary_platform_ids_are_accepted() {
        assertTrue(PlatformId.Check.accepts("demo-covid-fake-000"));
        assertTrue(PlatformId.Check.accepts("fb:1234567890_987654321"));
        assertTrue(PlatformId.Check.accepts("post.42~v2@page!$&'()*+,="));
        assertTrue(PlatformId.Check.accepts("a".repeat(200)));
    }

    @Test
    void ids_that_could_never_be_fetched_back_are_refused() {
        assertFalse(PlatformId.Check.accepts("bad\u0000id"));
        assertFalse(PlatformId.Check.accepts("bad\\id"));
        assertFalse(PlatformId.Check.accepts("a/b"));
        assertFalse(PlatformId.Check.accepts("x%"));
        assertFalse(PlatformId.Check.accepts("with space"));
        assertFalse(PlatformId.Check.accepts("a;b"));
        assertFalse(PlatformId.Check.accepts("\"><svg>"));
        assertFalse(PlatformId.Check.accepts(".."));
        assertFalse(PlatformId.Check.accepts(""));
        assertFalse(PlatformId.Check.accepts(null));
    }

    @Test
    void an_id_longer_than_200_characters_is_refused_even_a_megabyte_long() {
        assertFalse(PlatformId.Check.accepts("a".repeat(201)));
        assertFalse(PlatformId.Check.accepts("a".repeat(1 << 20)));
    }

    @org.junit.jupiter.api.Test
    void theCharacterTableAgreesWithTheDocumentedPatternOnRandomIds() {
        java.util.regex.Pattern documented = java.util.regex.Pattern.compile(PlatformId.PATTERN);
        java.util.Random random = new java.util.Random(15);
        String alphabet = "aZ09._~:@!$&'()*+,=-/%\\ \"<>#?\u00e9\u0661\t";
        for (int n = 0; n < 200_000; n++) {
            StringBuilder id = new StringBuilder();
            int length = random.nextInt(5) == 0 ? 195 + random.nextInt(10) : random.nextInt(8);
            for (int i = 0; i < length; i++) {
                id.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = id.toString();
            org.junit.jupiter.api.Assertions.assertEquals(documented.matcher(s).matches(),
                    PlatformId.Check.accepts(s), "for \"" + s + "\"");
        }
    }
}
