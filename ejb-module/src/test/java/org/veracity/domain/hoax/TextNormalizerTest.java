package org.veracity.domain.hoax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** R11 "reworded, reordered, re-punctuated, other casing or Unicode forms": what normalisation makes equal. */
class TextNormalizerTest {

    private static final String HOAX = "Martin Luther King Jr. was a Republican.";

    private final TextNormalizer normalizer = new TextNormalizer();

    private String form(String text) {
        return normalizer.normalize(text).form();
    }

    @Test
    void keeps_content_words_sorted_without_stop_words_or_punctuation() {
        assertEquals("jr king luther martin republican", form(HOAX));
    }

    @Test
    void casing_punctuation_and_emoji_do_not_matter() {
        assertEquals(form(HOAX), form("MARTIN LUTHER KING JR WAS A REPUBLICAN!!! \uD83D\uDD25\uD83D\uDD25\u203C\uFE0F"));
        assertEquals(form(HOAX), form("martin... luther (king) jr -- was a \"republican\"?!"));
    }

    @Test
    void full_width_and_mathematical_letters_fold_to_plain_ones() {
        assertEquals(form(HOAX), form("\uFF2D\uFF41\uFF52\uFF54\uFF49\uFF4E Luther King Jr\uFF0E was a Republican"));
        assertEquals(form(HOAX), form("\uD835\uDC0C\uD835\uDC1A\uD835\uDC2B\uD835\uDC2D\uD835\uDC22\uD835\uDC27"
                + " Luther King Jr. was a Republican"));
    }

    @Test
    void look_alike_letters_zero_width_characters_and_accents_are_undone() {
        // Cyrillic М, е, і and Greek ο; a zero-width space inside "Luther"; accents on "Republicán".
        assertEquals(form(HOAX), form("\u041Cartin Lu\u200Bth\u0435r K\u0456ng Jr. was a Rep\u03C5blic\u00E1n"));
    }

    @Test
    void links_are_not_part_of_the_claim() {
        assertEquals(form(HOAX), form(HOAX + " https://bit.ly/3xYz?utm_source=fb"));
        assertEquals(form(HOAX), form("www.example-news.com/2019/story " + HOAX));
        assertEquals(form(HOAX), form(HOAX + " (truth-daily.com/mlk)"));
    }

    @Test
    void letters_spelled_out_one_by_one_are_one_word() {
        assertEquals("hoax republican", form("R e p u b l i c a n hoax"));
    }

    @Test
    void figures_agree_however_written() {
        assertEquals(form("34 percent of Hispanics lack care"), form("Thirty-four % of Hispanics lack care"));
        assertEquals(form("20000 jobs lost"), form("20,000 jobs lost"));
        assertEquals(form("a 10 year plan costs $3.6 billion"), form("a 10-year plan costs $3.6billion"));
        assertEquals(form("the 3rd time in the 1990s"), form("the third time in the 1990s"));
    }

    @Test
    void apostrophes_plurals_and_possessives_agree() {
        assertEquals(form("Obamas tax increases"), form("Obama's tax increase"));
        assertEquals(form("taxes"), form("tax"));
    }

    @Test
    void dotted_abbreviations_are_one_word() {
        // "U.S." written without dots is "us", a stop word, so the dotted form goes too.
        assertEquals(form("US has the highest rate"), form("The U.S. has the highest rate"));
        assertTrue(normalizer.normalize("Washington, D.C. area").terms().contains("dc"));
        assertEquals(form("sign on to the U.N.s court."), form("Court: sign on to the U.N.s."));
    }

    @Test
    void names_and_figures_are_key_terms_but_sentence_starts_and_titles_are_not() {
        NormalizedText text = normalizer.normalize(
                "Says President Barack Obama cut $500 billion. Medicare suffers in Ohio.");
        assertEquals(Set.of("barack", "obama", "500000000000", "ohio"), text.keyTerms());
    }

    @Test
    void headlines_and_shouting_carry_no_names() {
        assertEquals(Set.of(), normalizer.normalize("We Really Do Have the Highest Corporate Tax Rate").keyTerms());
        assertEquals(Set.of("alex", "sink"),
                normalizer.normalize("MUST READ: Says Alex Sink supported higher sales taxes").keyTerms());
    }

    @Test
    void negation_is_kept_per_clause() {
        NormalizedText text = normalizer.normalize("They don't want you to know this: preventive care saves money.");
        assertEquals(List.of(Set.of("want", "know")), text.negatedClauses());
        assertTrue(normalizer.normalize("Preventive care does not save money").negated());
        assertFalse(normalizer.normalize("Phoenix is the No. 2 kidnapping capital").negated());
    }

    @Test
    void scripts_without_spaces_become_character_bigrams() {
        assertEquals(List.of("冠状", "型冠", "新型", "状病", "病毒"), normalizer.normalize("新型冠状病毒").terms());
    }

    @Test
    void empty_and_null_text_have_no_terms() {
        assertEquals(0, normalizer.normalize(null).size());
        assertEquals(0, normalizer.normalize(" \uD83D\uDD25 !!! https://t.co/x ").size());
    }

    @Test
    void scales_make_number_words_and_figures_one_number() {
        assertEquals(form("10000 dead voters"), form("ten thousand dead voters"));
        assertEquals(form("10000 dead voters"), form("10,000 dead voters"));
        assertEquals(form("10000 dead voters"), form("10k dead voters"));
        assertEquals(form("2700000 votes switched"), form("2.7 million votes switched"));
        assertEquals(form("3600000000 spent"), form("$3.6billion spent"));
        assertEquals(form("250000 ballots"), form("two hundred fifty thousand ballots"));
        assertEquals(form("1000000 ballots"), form("a million ballots"));
        assertEquals(form("10 dead voters"), form("ten dead voters"));
        assertTrue(normalizer.normalize("millions of ballots").terms().contains("million"), "a plural is no figure");
    }

    @Test
    void inflections_reduce_to_one_stem() {
        assertEquals(form("towers spread the virus"), form("towers spreading the virus"));
        assertEquals(form("ballot switched"), form("ballots switching"));
        assertEquals(form("they vote"), form("they voted"));
        assertEquals(form("they vote"), form("they are voting"));
        assertEquals(form("police stop cars"), form("police stopped cars"));
        assertEquals(form("officials deny it"), form("officials denied it"));
    }

    @Test
    void camel_case_hashtags_are_words_and_no_names() {
        NormalizedText text = normalizer.normalize("Read this #StopTheSteal #WakeUpAmerica");
        assertTrue(text.terms().containsAll(List.of("stop", "steal", "wak", "america")), text.form());
        assertEquals(Set.of(), text.keyTerms());
        assertEquals(Set.of("read"), text.leadTerms());
    }

    @Test
    void sentence_openers_are_lead_terms_not_names() {
        NormalizedText text = normalizer.normalize("Kroger is offering a coupon. Share it with Walmart shoppers.");
        assertEquals(Set.of("kroger", "shar"), text.leadTerms());
        assertEquals(Set.of("walmart"), text.keyTerms());
    }

    @Test
    void a_question_and_a_label_are_counter_speech_cues() {
        List<CounterSpeech.Cue> cues = normalizer.normalize("FALSE: Is it true that 5G spreads the virus?")
                .counterSpeech();
        assertEquals(List.of("false", "is it true", CounterSpeech.QUESTION), cues.stream().map(CounterSpeech.Cue::key)
                .toList());
        assertEquals("FALSE:", cues.get(0).quote());
        assertEquals(List.of(), normalizer.normalize("This is NOT a hoax: 5G spreads the virus.").counterSpeech());
    }

    @Test
    void a_typo_resolves_to_the_known_word_one_edit_away() {
        TermDictionary dictionary = new TermDictionary();
        int government = dictionary.idOf("government");
        int allow = dictionary.idOf("allow");
        dictionary.idOf("vote");
        assertEquals(government, dictionary.resolve("goverment"), "a letter dropped");
        assertEquals(government, dictionary.resolve("governmennt"), "a letter added");
        assertEquals(government, dictionary.resolve("govermnent"), "neighbours swapped");
        assertEquals(government, dictionary.resolve("govarnment"), "a letter changed");
        assertEquals(allow, dictionary.resolve("alow"));
        assertEquals(-1, dictionary.resolve("note"), "short words have too many neighbours");
        assertEquals(-1, dictionary.resolve("gvernmnt"), "two edits are too many");
    }

    /** The memo of recent texts (issue 15) answers what normalising answers, for short and long texts alike. */
    @Test
    void a_text_normalised_again_gives_the_same_answer() {
        String post = "BREAKING: Thirty-four ballots were FOUND in a river, Senator Smith didn't say so! https://x.co/a";
        String longPost = (post + " ").repeat(40);
        for (String text : List.of(post, longPost)) {
            NormalizedText first = normalizer.normalize(text);
            assertEquals(first, new TextNormalizer().normalize(new String(text.toCharArray())));
            assertEquals(first, normalizer.normalize(text));
        }
        assertEquals(normalizer.normalize(""), normalizer.normalize(null));
    }
}
