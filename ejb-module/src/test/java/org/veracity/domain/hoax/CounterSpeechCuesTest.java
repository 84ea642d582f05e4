package org.veracity.domain.hoax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: {@link CounterSpeech#find} tries its pattern only where a word that can begin a cue starts. It must find
 * exactly what trying it at every position finds, or a debunk would lose the cue that keeps it from being blocked.
 */
class CounterSpeechCuesTest {

    /** Every cue form the pattern names, written out (not taken from FIRST_WORDS, which is what is checked). */
    private static final List<String> CUES = List.of("false", "falsely", "fake", "myth", "myths", "debunk", "debunked",
            "debunks", "debunking", "hoax", "hoaxes", "baseless", "bogus", "untrue", "unfounded", "unsubstantiated",
            "misleading", "misinformation", "mis-information", "disinformation", "dis-information",
            "conspiracy theory", "conspiracy theories", "fabricated", "doctored", "photoshopped", "scam", "satire",
            "pants on fire", "refuted", "disproven", "not true", "n't real", "n’t accurate", "nt correct",
            "never true", "no evidence", "no proof", "no basis", "fact check", "fact-checked", "factcheckers",
            "fact checks", "fact-checking", "fact-checker", "rumor", "rumors", "rumour", "rumours", "claims that",
            "claim that", "claimed  that", "claiming", "the claim", "a claim", "this claims", "that claim",
            "these claims", "those claims", "false claim", "viral claims", "bogus claim", "falsely claims",
            "falsely claimed", "allege", "alleges", "alleged", "allegedly", "alleging", "allegation", "allegations",
            "supposedly", "purport", "purports", "purported", "purportedly", "viral post", "viral videos",
            "viral message", "viral image", "viral photo", "viral tweets", "viral story", "viral meme", "viral chain",
            "circulating", "making the rounds", "official warns", "officials say", "authorities said",
            "experts stress", "scientists confirmed", "fact-checkers explain", "factcheckers noted",
            "warn of", "warns about", "warned against", "warning that", "don't believe", "dont fall for",
            "don’t share", "do not believe", "stop sharing", "is it true", "is this real", "is that legit",
            "true or false", "real or fake", "fact or fiction", "can anyone confirm", "can someone verify",
            "can somebody confirm", "does anyone know if", "anybody know if");

    private static final List<String> SETTINGS = List.of("%s", "%s: the vaccine has a chip", "Shared 5 times. %s!",
            "(%s)", "\"%s\" says the post", "BREAKING %s", "%s%s", "x%s", "5%s", "%s5", "#%s", "%s.Not",
            "Ça, %s", "—%s—");

    @Test
    void every_cue_is_found_in_every_setting_as_the_whole_text_scan_finds_it() {
        int found = 0;
        for (String cue : CUES) {
            for (String variant : List.of(cue, cue.toUpperCase(java.util.Locale.ROOT), capitalised(cue))) {
                for (String setting : SETTINGS) {
                    String text = setting.replace("%s", variant);
                    assertEquals(CounterSpeech.findEverywhere(text), CounterSpeech.find(text), text);
                    found += CounterSpeech.find(text).isEmpty() ? 0 : 1;
                }
            }
        }
        // The settings that glue a letter or digit to the cue hide it; the others show it.
        assertTrue(found > CUES.size() * 3 * 8, "cues found in " + found + " texts");
    }

    @Test
    void a_cue_written_with_the_long_s_is_still_found() {
        String text = "Thiſ claim is a ſcam";
        assertEquals(CounterSpeech.findEverywhere(text), CounterSpeech.find(text));
        assertEquals(2, CounterSpeech.find(text).size());
    }

    @Test
    void the_evaluation_sets_give_the_same_cues() throws IOException {
        List<String> texts = new ArrayList<>();
        texts.addAll(lastColumns("/hoax/hoax-eval-items.tsv"));
        texts.addAll(lastColumns("/hoax/counter-speech-items.tsv"));
        texts.addAll(lastColumns("/hoax/hoax-eval-entries.tsv"));
        int withCues = 0;
        for (String text : texts) {
            List<CounterSpeech.Cue> cues = CounterSpeech.find(text);
            assertEquals(CounterSpeech.findEverywhere(text), cues, text);
            withCues += cues.isEmpty() ? 0 : 1;
        }
        assertTrue(texts.size() > 4_000 && withCues >= 100, texts.size() + " texts, " + withCues + " with cues");
    }

    @Test
    void random_mixtures_of_cues_and_other_words_give_the_same_cues() {
        Random random = new Random(15);
        List<String> words = List.of("the", "vote", "is", "not", "a", "no", "real", "true", "claim", "fake", "that",
                "don't", "fact", "-", ":", "?", "ballots", "n't", "viral", "post", "5G", "’", "ſcam", "1st");
        for (int k = 0; k < 20_000; k++) {
            StringBuilder text = new StringBuilder();
            for (int w = random.nextInt(12); w >= 0; w--) {
                text.append(random.nextBoolean() ? words.get(random.nextInt(words.size()))
                        : CUES.get(random.nextInt(CUES.size())));
                text.append(random.nextInt(4) == 0 ? "" : " ");
            }
            String t = text.toString();
            assertEquals(CounterSpeech.findEverywhere(t), CounterSpeech.find(t), t);
        }
    }

    private static String capitalised(String cue) {
        return Character.toUpperCase(cue.charAt(0)) + cue.substring(1);
    }

    private static List<String> lastColumns(String resource) throws IOException {
        try (InputStream in = CounterSpeechCuesTest.class.getResourceAsStream(resource)) {
            List<String> texts = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.startsWith("#") && !line.isBlank()) {
                    texts.add(line.substring(line.lastIndexOf('\t') + 1));
                }
            }
            return texts;
        }
    }
}
