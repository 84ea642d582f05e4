package org.veracity.domain.movement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MovementIdentifierTest {

    private static boolean hashtag(String tag, String text) {
        return MovementIdentifier.of(IdentifierKind.HASHTAG, tag).recognises("any-group", PostText.of(text));
    }

    private static boolean phrase(String phrase, String text) {
        return MovementIdentifier.of(IdentifierKind.PHRASE, phrase).recognises(null, PostText.of(text));
    }

    @Test
    void a_hashtag_matches_in_any_case_with_or_without_the_hash_as_written() {
        assertTrue(hashtag("#StopTheSteal", "We march today #stopthesteal!"));
        assertTrue(hashtag("StopTheSteal", "#STOPTHESTEAL"));
        assertTrue(hashtag("#StopTheSteal", "(#StopTheSteal)"));
    }

    @Test
    void a_hashtag_matches_through_unicode_presentation_tricks() {
        assertTrue(hashtag("#StopTheSteal", "#ＳｔｏｐＴｈｅＳｔｅａｌ"), "full-width letters");
        assertTrue(hashtag("#StopTheSteal", "#Stop\u200bTheSteal"), "zero-width space inside the tag");
        assertTrue(hashtag("#Reconquista", "#Réconquista"), "an accent");
        assertTrue(hashtag("#Boogaloo", "#𝐁𝐨𝐨𝐠𝐚𝐥𝐨𝐨"), "mathematical bold letters");
    }

    @Test
    void a_hashtag_that_is_a_prefix_of_a_longer_tag_does_not_match() {
        assertFalse(hashtag("#StopTheSteal", "#StopTheStealNow"));
        assertFalse(hashtag("#StopTheSteal", "#StopTheSteal_2020"));
        assertFalse(hashtag("#Steal", "#StopTheSteal"), "nor a suffix");
    }

    @Test
    void a_hashtag_is_not_matched_by_its_words_or_inside_another_token() {
        assertFalse(hashtag("#StopTheSteal", "stopthesteal is trending"), "no # means no hashtag");
        assertFalse(hashtag("#StopTheSteal", "issue#StopTheSteal"), "a # inside a word starts no tag");
        assertFalse(hashtag("#StopTheSteal", "# StopTheSteal"));
    }

    @Test
    void a_phrase_matches_whole_words_in_order_whatever_the_case_and_punctuation() {
        assertTrue(phrase("stop the steal", "Rally tomorrow: STOP THE STEAL!"));
        assertTrue(phrase("stop the steal", "stop-the-steal"));
        assertTrue(phrase("Stop the Steal", "We say stop, the steal must end"), "punctuation is no word");
        assertTrue(phrase("three percenters", "Join the Three Percenter's… no: three percenters"));
        assertTrue(phrase("stop the steal", "#stop the steal"), "a hashtag's body is a word");
        assertTrue(phrase("stop the steal", "ＳＴＯＰ the steal"));
    }

    @Test
    void a_phrase_does_not_match_parts_of_words_or_words_apart() {
        assertFalse(phrase("stop the steal", "stop the stealing"), "a longer last word");
        assertFalse(phrase("stop the steal", "nonstop the steal"), "a longer first word");
        assertFalse(phrase("stop the steal", "stopthesteal"), "the words run together");
        assertFalse(phrase("stop the steal", "stop th e steal"), "a word split in two");
        assertFalse(phrase("stop the steal", "stop them from the steal"), "other words in between");
        assertFalse(phrase("stop the steal", "the steal, stop"), "another order");
    }

    @Test
    void a_group_id_matches_exactly() {
        MovementIdentifier group = MovementIdentifier.of(IdentifierKind.GROUP, " g-123 ");
        assertTrue(group.recognises("g-123", PostText.of("")));
        assertFalse(group.recognises("g-1234", PostText.of("")));
        assertFalse(group.recognises("G-123", PostText.of("")));
        assertFalse(group.recognises(null, PostText.of("g-123")), "a group id in the text is no post to the group");
    }

    @Test
    void identifiers_that_cannot_match_anything_are_refused_with_a_reason() {
        assertTrue(MovementIdentifier.problemWith(IdentifierKind.HASHTAG, "#stop the steal").isPresent());
        assertTrue(MovementIdentifier.problemWith(IdentifierKind.HASHTAG, "#").isPresent());
        assertTrue(MovementIdentifier.problemWith(IdentifierKind.HASHTAG, "##tag").isPresent());
        assertTrue(MovementIdentifier.problemWith(IdentifierKind.PHRASE, "?!").isPresent());
        assertTrue(MovementIdentifier.problemWith(IdentifierKind.GROUP, "group one").isPresent());
        assertTrue(MovementIdentifier.problemWith(IdentifierKind.GROUP, " ").isPresent());
        assertThrows(IllegalArgumentException.class, () -> MovementIdentifier.of(IdentifierKind.HASHTAG, "a b"));
    }

    @Test
    void identifiers_are_written_back_as_people_read_them() {
        assertEquals("hashtag #StopTheSteal", MovementIdentifier.of(IdentifierKind.HASHTAG, "StopTheSteal").describe());
        assertEquals("stopthesteal", MovementIdentifier.of(IdentifierKind.HASHTAG, "#StopTheSteal").getMatchKey());
        assertEquals("stop the steal", MovementIdentifier.of(IdentifierKind.PHRASE, "Stop  the, Steal").getMatchKey());
    }
}
