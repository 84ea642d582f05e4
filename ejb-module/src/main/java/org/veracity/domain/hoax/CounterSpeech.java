package org.veracity.domain.hoax;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counter-speech: a post that reports, quotes, questions, labels or refutes a hoax rather than stating it (issue 10).
 * Fact-checkers, newsrooms and people asking "is this true?" repeat most of a hoax's words, so by similarity alone
 * they look like the hoax; a block would silence exactly them. This is the one place that decides it: a text match
 * that shows counter-speech goes at most to review, whatever its similarity, and the evidence quotes the cue
 * ("reports or disputes the claim: 'FALSE:'").
 *
 * <p>What counts, always compared against the entry's own text (a variant that itself says "fake ballots" does not
 * make every copy of it counter-speech; only a cue the item has more often than the variant counts):
 * <ul>
 *   <li><b>labels and debunks</b>: "false", "fake", "myth", "hoax", "debunked", "baseless", "bogus", "misleading",
 *       "no evidence", "not true", "conspiracy theory", "fact check", "rumor"…, unless negated in front ("This is
 *       NOT a hoax:" endorses the claim);</li>
 *   <li><b>reports and attributions</b>: "falsely claim(s)", "claims that", "viral post claiming", "officials warn",
 *       "circulating on social media"…;</li>
 *   <li><b>questions</b>: "is it true", "true or false", or a sentence ending in "?" that repeats the claim (at least
 *       two of its terms and half of the question's); a question that does not ("Why is nobody talking about
 *       this?") is rhetoric around the hoax and changes nothing.</li>
 * </ul>
 * Negation of the claim itself is the negation rule's ({@link TextSimilarity#negatesShared}), judged per clause: a
 * post that states the hoax and adds "share before they delete this" or "they don't want you to know" is still the
 * hoax.
 */
public final class CounterSpeech {

    /** The key of a question that repeats the claim. */
    static final String QUESTION = "?";

    private static final String NOT = "(?:not|n[’'`]?t|never)";

    /** All cues in one pattern; a cue's key is its matched text, lower-cased with single spaces ({@link #key}). */
    private static final Pattern CUES = Pattern.compile("(?<![\\p{L}\\p{N}])(?:"
            // labels and debunks
            + "false(?:ly)?|fake|myths?|debunk(?:ed|s|ing)?|hoax(?:es)?|baseless|bogus|untrue|unfounded"
            + "|unsubstantiated|misleading|mis-?information|dis-?information|conspiracy theor(?:y|ies)|fabricated"
            + "|doctored|photoshopped|scam|satire|pants on fire|refuted|disproven"
            + "|" + NOT + "\\s+(?:true|real|accurate|correct)"
            + "|no (?:evidence|proof|basis)|fact[- ]?check(?:ed|ers?|s|ing)?|rumou?rs?"
            // reports and attributions
            + "|claim(?:s|ed)?\\s+that|claiming|(?:the|a|this|that|these|those|false|viral|bogus)\\s+claims?"
            + "|falsely\\s+claim(?:s|ed)?|alleg(?:e|es|ed|edly|ing|ation|ations)|supposedly|purport(?:s|ed|edly)?"
            + "|viral (?:post|video|message|image|photo|tweet|story|meme|claim|chain)s?"
            + "|circulating|making the rounds|(?:officials?|authorities|experts|scientists|fact-?checkers)"
            + " (?:warn(?:s|ed)?|say|said|says|stress(?:ed)?|confirm(?:ed)?|explain(?:ed)?|note[ds]?)"
            + "|warn(?:s|ed|ing)? (?:of|about|against|that)"
            + "|(?:don[’'`]?t|do not) (?:believe|fall for|share)|stop sharing"
            // questions about it
            + "|is (?:it|this|that) (?:true|real|legit)|true or false|real or fake|fact or fiction"
            + "|can (?:anyone|someone|somebody) (?:confirm|verify)|(?:does )?any(?:one|body) know if"
            + ")(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A label negated just before it ("NOT a hoax", "isn't fake news", "no myth") endorses rather than disputes. */
    private static final Pattern NEGATED_BEFORE = Pattern.compile(
            "(?:^|[^\\p{L}])(?:not|no|never|n[’'`]?t)(?:\\s+(?:a|an|the|just|some|really|merely|simply))?\\s*$",
            Pattern.CASE_INSENSITIVE);
    /** Cues that a negation in front turns into an endorsement. */
    private static final Set<String> LABELS = Set.of("false", "fake", "myth", "myths", "hoax", "hoaxes", "baseless",
            "bogus", "untrue", "unfounded", "unsubstantiated", "misleading", "misinformation", "disinformation",
            "conspiracy theory", "conspiracy theories", "fabricated", "doctored", "photoshopped", "scam", "satire",
            "rumor", "rumors", "rumour", "rumours", "debunked");

    private CounterSpeech() {
    }

    /**
     * A sign that a text reports or disputes a claim rather than states it.
     *
     * @param key    the cue in a canonical form (lower case, single spaces), {@value #QUESTION} for a question
     * @param quote  the cue as written, for the evidence
     * @param clause for a question, the terms of the question sentence (to see whether it asks about the claim);
     *               otherwise empty
     */
    public record Cue(String key, String quote, Set<String> clause) {

        public Cue {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(quote, "quote");
            clause = Set.copyOf(clause);
        }
    }

    /**
     * Every word a cue can begin with, in lower case: its letters up to the first character that is not one ("n" of
     * "n't", "fact" of "fact-check"). {@link #CUES} is tried only where a word of these starts: trying it at every
     * word of every post was 4 % of intake's request time (issue 15), and most words begin no cue.
     */
    static final Set<String> FIRST_WORDS = Set.of(
            // labels and debunks
            "false", "falsely", "fake", "myth", "myths", "debunk", "debunked", "debunks", "debunking", "hoax",
            "hoaxes", "baseless", "bogus", "untrue", "unfounded", "unsubstantiated", "misleading", "mis",
            "misinformation", "dis", "disinformation", "conspiracy", "fabricated", "doctored", "photoshopped", "scam",
            "satire", "pants", "refuted", "disproven", "not", "n", "nt", "never", "no", "fact", "factcheck",
            "factchecked", "factchecker", "factcheckers", "factchecks", "factchecking", "rumor", "rumors", "rumour",
            "rumours",
            // reports and attributions
            "claim", "claims", "claimed", "claiming", "the", "a", "this", "that", "these", "those", "viral", "allege",
            "alleges", "alleged", "allegedly", "alleging", "allegation", "allegations", "supposedly", "purport",
            "purports", "purported", "purportedly", "circulating", "making", "official", "officials", "authorities",
            "experts", "scientists", "warn", "warns", "warned", "warning", "don", "dont", "do", "stop",
            // questions about it
            "is", "true", "real", "can", "does", "anyone", "anybody");

    /** The label, report and question-phrase cues of a text, in the order written (questions come from the tokens). */
    static List<Cue> find(String text) {
        List<Cue> cues = new ArrayList<>();
        // Transparent bounds: the look-behind still sees the character before the region.
        Matcher m = CUES.matcher(text).useTransparentBounds(true);
        StringBuilder word = new StringBuilder();
        int at = 0;
        while (at < text.length()) {
            int c = text.codePointAt(at);
            if (!Character.isLetter(c)) {
                at += Character.charCount(c);
                continue;
            }
            int start = at;
            word.setLength(0);
            while (at < text.length() && Character.isLetter(c = text.codePointAt(at))) {
                // the regular expression's own case folding (CASE_INSENSITIVE with UNICODE_CASE)
                word.appendCodePoint(Character.toLowerCase(Character.toUpperCase(c)));
                at += Character.charCount(c);
            }
            if (FIRST_WORDS.contains(word.toString()) && m.region(start, text.length()).lookingAt()) {
                add(cues, text, m);
                at = Math.max(at, m.end());
            }
        }
        return cues;
    }

    /** {@link #find}, the pattern tried at every position: what {@link #FIRST_WORDS} must not change. */
    static List<Cue> findEverywhere(String text) {
        List<Cue> cues = new ArrayList<>();
        Matcher m = CUES.matcher(text);
        while (m.find()) {
            add(cues, text, m);
        }
        return cues;
    }

    private static void add(List<Cue> cues, String text, Matcher m) {
        String key = key(m.group());
        if (LABELS.contains(key) && negatedBefore(text, m.start())) {
            return;
        }
        int end = m.end();
        if (end < text.length() && text.charAt(end) == ':') {
            end++;
        }
        cues.add(new Cue(key, text.substring(m.start(), end).strip(), Set.of()));
    }

    private static boolean negatedBefore(String text, int start) {
        int from = Math.max(0, start - 24);
        return NEGATED_BEFORE.matcher(text.substring(from, start)).find();
    }

    private static String key(String cue) {
        return cue.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replaceAll("[’'`]", "'");
    }

    /**
     * The first cue by which the item reports or disputes the variant's claim, or null when it states it. A label or
     * report cue counts when the item has it more often than the variant; a question when the variant asks nothing
     * and the question repeats the claim.
     *
     * @param itemCues       the item's cues
     * @param itemQuestions  for each of the item's cues, the ids of its clause's terms (-1 for terms no variant has)
     * @param variantCues    the variant's cues
     * @param variantTerms   the variant's term ids, sorted
     */
    static Cue disputing(List<Cue> itemCues, int[][] itemQuestions, List<Cue> variantCues, int[] variantTerms) {
        if (itemCues.isEmpty()) {
            return null;
        }
        Map<String, Integer> left = new HashMap<>();
        for (Cue cue : variantCues) {
            left.merge(cue.key(), 1, Integer::sum);
        }
        for (int k = 0; k < itemCues.size(); k++) {
            Cue cue = itemCues.get(k);
            if (cue.key().equals(QUESTION)) {
                if (!left.containsKey(QUESTION) && asksAboutClaim(itemQuestions[k], variantTerms)) {
                    return cue;
                }
                continue;
            }
            int remaining = left.getOrDefault(cue.key(), 0);
            if (remaining > 0) {
                left.put(cue.key(), remaining - 1);
            } else {
                return cue;
            }
        }
        return null;
    }

    private static boolean asksAboutClaim(int[] question, int[] variantTerms) {
        int shared = 0;
        for (int term : question) {
            if (term >= 0 && Arrays.binarySearch(variantTerms, term) >= 0) {
                shared++;
            }
        }
        return shared >= 2 && 2 * shared >= question.length;
    }

    /** The line the evidence shows. */
    static String explain(String quote) {
        return "reports or disputes the claim: '" + quote + "'";
    }
}
