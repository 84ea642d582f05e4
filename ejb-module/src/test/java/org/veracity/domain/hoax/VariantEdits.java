package org.veracity.domain.hoax;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ways people re-post a hoax so that it no longer looks identical, as deterministic edits (the caller's
 * {@link Random} decides every choice). Test support for the evaluation fixture and the benchmark.
 *
 * <p>The synonym list here is deliberately not known to {@link TextNormalizer}: the matcher must cope with it as
 * it would with any rewording, not be tuned to it.
 */
public final class VariantEdits {

    public enum Kind {
        CASE_AND_PUNCTUATION, FULL_WIDTH, HOMOGLYPHS, EMOJI, LINK, REORDER, SYNONYMS, INSERTION, DELETION, COMBINED
    }

    private static final List<Kind> SINGLE = List.of(Kind.CASE_AND_PUNCTUATION, Kind.FULL_WIDTH, Kind.HOMOGLYPHS,
            Kind.EMOJI, Kind.LINK, Kind.REORDER, Kind.SYNONYMS, Kind.INSERTION, Kind.DELETION);
    private static final String[] EMOJI = {"\uD83D\uDEA8", "\uD83D\uDD25", "\uD83D\uDE21", "\uD83D\uDC49",
        "\u203C\uFE0F", "\uD83D\uDCAF", "\uD83C\uDDFA\uD83C\uDDF8", "\uD83E\uDD2F", "\u26A0\uFE0F", "\uD83D\uDC40"};
    private static final String[] PREFIXES = {"BREAKING:", "They don't want you to know this:", "Wake up people!",
        "MUST READ:", "Unbelievable!", "So this just happened:", "FACT:"};
    private static final String[] SUFFIXES = {"Share before it's deleted!", "Do your own research.", "Pass it on.",
        "The media won't tell you this.", "Think about that.", "Retweet if you agree."};
    private static final String[] ADVERBS = {"actually", "secretly", "quietly", "literally", "officially",
        "reportedly"};
    private static final Map<String, String[]> SYNONYMS = Map.ofEntries(
            Map.entry("says", new String[] {"claims", "insists"}),
            Map.entry("said", new String[] {"claimed", "stated"}),
            Map.entry("wants", new String[] {"plans", "intends"}),
            Map.entry("want", new String[] {"plan", "intend"}),
            Map.entry("supports", new String[] {"backs", "endorses"}),
            Map.entry("supported", new String[] {"backed", "endorsed"}),
            Map.entry("opposed", new String[] {"fought", "rejected"}),
            Map.entry("voted", new String[] {"cast a vote"}),
            Map.entry("raise", new String[] {"hike", "increase"}),
            Map.entry("raised", new String[] {"hiked", "increased"}),
            Map.entry("cut", new String[] {"slashed"}),
            Map.entry("cuts", new String[] {"slashes"}),
            Map.entry("increase", new String[] {"hike", "rise"}),
            Map.entry("increased", new String[] {"rose", "climbed"}),
            Map.entry("created", new String[] {"generated"}),
            Map.entry("jobs", new String[] {"positions"}),
            Map.entry("government", new String[] {"feds", "administration"}),
            Map.entry("president", new String[] {"Pres.", "POTUS"}),
            Map.entry("money", new String[] {"cash", "funds"}),
            Map.entry("law", new String[] {"legislation"}),
            Map.entry("bill", new String[] {"legislation"}),
            Map.entry("plan", new String[] {"proposal", "scheme"}),
            Map.entry("people", new String[] {"folks", "citizens"}),
            Map.entry("illegal", new String[] {"undocumented"}),
            Map.entry("immigrants", new String[] {"migrants"}),
            Map.entry("children", new String[] {"kids"}),
            Map.entry("kids", new String[] {"children"}),
            Map.entry("country", new String[] {"nation"}),
            Map.entry("nation", new String[] {"country"}),
            Map.entry("taxes", new String[] {"levies"}),
            Map.entry("doctors", new String[] {"physicians"}),
            Map.entry("killed", new String[] {"murdered"}),
            Map.entry("deaths", new String[] {"fatalities"}),
            Map.entry("biggest", new String[] {"largest"}),
            Map.entry("largest", new String[] {"biggest"}),
            Map.entry("every", new String[] {"each"}),
            Map.entry("paid", new String[] {"funded"}),
            Map.entry("shows", new String[] {"proves"}),
            Map.entry("study", new String[] {"research"}),
            Map.entry("gave", new String[] {"handed"}),
            Map.entry("banned", new String[] {"outlawed"}),
            Map.entry("ban", new String[] {"outlaw"}),
            Map.entry("big", new String[] {"huge"}),
            Map.entry("million", new String[] {"mln"}),
            Map.entry("spending", new String[] {"outlays"}),
            Map.entry("budget", new String[] {"spending plan"}),
            Map.entry("health", new String[] {"medical"}),
            Map.entry("state", new String[] {"statewide"}));
    private static final Pattern CLAUSE_BREAK = Pattern.compile(
            ", (?:and|but|while|because|so|which) |; |, | and | but |\\. (?=[A-Z])| because | while ");
    private static final Set<String> NEGATIONS = Set.of("not", "never", "none", "nothing",
            "nobody", "neither", "nor", "cannot", "doesnt", "dont", "didnt", "isnt", "wasnt", "arent", "werent",
            "cant", "wont", "hasnt", "havent", "hadnt", "couldnt", "shouldnt", "wouldnt", "aint");
    private static final String CYRILLIC_FOR = "aаeеoоpрcсxхyуiі";

    private VariantEdits() {
    }

    /** The edited text, or null when this kind of edit does not apply (no synonym, nothing to reorder). */
    public static String apply(Kind kind, String text, Random random) {
        return switch (kind) {
            case CASE_AND_PUNCTUATION -> caseAndPunctuation(text, random);
            case FULL_WIDTH -> fullWidth(text, random);
            case HOMOGLYPHS -> homoglyphs(text, random);
            case EMOJI -> emoji(text, random);
            case LINK -> link(text, random);
            case REORDER -> reorder(text, random);
            case SYNONYMS -> synonyms(text, random);
            case INSERTION -> insertion(text, random);
            case DELETION -> deletion(text, random);
            case COMBINED -> combined(text, random);
        };
    }

    static String caseAndPunctuation(String text, Random random) {
        String cased = switch (random.nextInt(3)) {
            case 0 -> text.toUpperCase(Locale.ROOT);
            case 1 -> text.toLowerCase(Locale.ROOT);
            default -> alternatingCase(text);
        };
        // Punctuation inside figures (3.6, 12,808, 2009-11) stays: people drop commas, not decimal points.
        return switch (random.nextInt(3)) {
            case 0 -> cased.replaceAll("(?<!\\d)[.,\\-]|[.,\\-](?!\\d)|[!?;:\"()]", "");
            case 1 -> cased.replaceAll("[.!?]*$", "") + "!!!";
            default -> "\"" + cased.replace(". ", "... ").replace(", ", " , ") + "\"";
        };
    }

    private static String alternatingCase(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean upper = false;
        for (char c : text.toCharArray()) {
            if (Character.isLetter(c)) {
                out.append(upper ? Character.toUpperCase(c) : Character.toLowerCase(c));
                upper = !upper;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    static String fullWidth(String text, Random random) {
        boolean everyWord = random.nextBoolean();
        StringBuilder out = new StringBuilder(text.length());
        boolean inWord = false;
        boolean convertWord = true;
        for (char c : text.toCharArray()) {
            if (c == ' ') {
                inWord = false;
                out.append(everyWord ? '\u3000' : ' ');
                continue;
            }
            if (!inWord) {
                inWord = true;
                convertWord = everyWord || random.nextBoolean();
            }
            out.append(convertWord && c > 0x20 && c < 0x7F ? (char) (c - 0x21 + 0xFF01) : c);
        }
        return out.toString();
    }

    static String homoglyphs(String text, Random random) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            int at = CYRILLIC_FOR.indexOf(c);
            if (at >= 0 && at % 2 == 0 && random.nextInt(3) == 0) {
                out.append(CYRILLIC_FOR.charAt(at + 1));
            } else {
                out.append(c);
            }
            if (Character.isLetter(c) && random.nextInt(12) == 0) {
                out.append(random.nextBoolean() ? '\u200B' : '\u0301');
            }
        }
        return out.toString();
    }

    static String emoji(String text, Random random) {
        List<String> words = new ArrayList<>(Arrays.asList(text.split(" ")));
        int inserts = 1 + random.nextInt(2);
        for (int k = 0; k < inserts; k++) {
            words.add(random.nextInt(words.size() + 1), pick(EMOJI, random));
        }
        return pick(EMOJI, random) + " " + String.join(" ", words) + " " + pick(EMOJI, random) + pick(EMOJI, random);
    }

    static String link(String text, Random random) {
        String link = switch (random.nextInt(4)) {
            case 0 -> "https://bit.ly/" + token(random, 7);
            case 1 -> "Read more: https://www." + pick(new String[] {"truthnews24", "patriot-daily", "realfacts"},
                    random) + ".com/2019/05/" + token(random, 6) + "/?utm_source=facebook&fbclid=" + token(random, 12);
            case 2 -> "(source: http://t.co/" + token(random, 9) + ")";
            default -> "www.the-real-story.net/article/" + random.nextInt(100000);
        };
        return random.nextInt(4) == 0 ? link + " " + text : text + " " + link;
    }

    /** Swaps the parts around a clause break near the middle; without one, fronts the last few words. */
    static String reorder(String text, Random random) {
        String body = text.replaceAll("[.!?]+$", "");
        Matcher m = CLAUSE_BREAK.matcher(body);
        int bestStart = -1;
        int bestEnd = -1;
        while (m.find()) {
            if (m.start() > 0 && m.end() < body.length()
                    && (bestStart < 0 || Math.abs(m.start() - body.length() / 2)
                    < Math.abs(bestStart - body.length() / 2))) {
                bestStart = m.start();
                bestEnd = m.end();
            }
        }
        if (bestStart > 0) {
            String first = body.substring(0, bestStart);
            String second = body.substring(bestEnd);
            return capitalise(second) + ", " + lowerFirst(first) + ".";
        }
        String[] words = body.split(" ");
        if (words.length < 5) {
            return null;
        }
        int moved = 2 + random.nextInt(Math.min(3, words.length - 3));
        String tail = String.join(" ", Arrays.copyOfRange(words, words.length - moved, words.length));
        String head = String.join(" ", Arrays.copyOfRange(words, 0, words.length - moved));
        return capitalise(tail) + ", " + lowerFirst(head) + ".";
    }

    static String synonyms(String text, Random random) {
        String[] words = text.split(" ");
        List<Integer> candidates = new ArrayList<>();
        for (int k = 0; k < words.length; k++) {
            String word = bare(words[k]);
            boolean sentenceStart = k == 0 || words[k - 1].matches(".*[.!?:]$")
                    && !words[k - 1].matches("(?i)(gov|sen|rep|dr|mr|mrs|ms|st|jr|pres|u\\.s)\\.");
            // A capitalised word in mid-sentence is a name ("Bill Clinton", "New York State"): left alone.
            boolean name = !word.isEmpty() && Character.isUpperCase(word.charAt(0)) && !sentenceStart;
            if (!name && SYNONYMS.containsKey(word.toLowerCase(Locale.ROOT))) {
                candidates.add(k);
            }
        }
        if (candidates.isEmpty()) {
            return null;
        }
        int swaps = Math.min(candidates.size(), 1 + random.nextInt(2));
        for (int s = 0; s < swaps; s++) {
            int k = candidates.remove(random.nextInt(candidates.size()));
            String word = bare(words[k]);
            String replacement = pick(SYNONYMS.get(word.toLowerCase(Locale.ROOT)), random);
            if (Character.isUpperCase(word.charAt(0))) {
                replacement = capitalise(replacement);
            }
            words[k] = words[k].replace(word, replacement);
        }
        return String.join(" ", words);
    }

    static String insertion(String text, Random random) {
        return switch (random.nextInt(3)) {
            case 0 -> pick(PREFIXES, random) + " " + text;
            case 1 -> text + " " + pick(SUFFIXES, random);
            default -> {
                String[] words = text.split(" ");
                if (words.length < 3) {
                    yield text + " " + pick(SUFFIXES, random);
                }
                int at = 1 + random.nextInt(words.length - 1);
                List<String> out = new ArrayList<>(Arrays.asList(words));
                out.add(at, pick(ADVERBS, random));
                yield String.join(" ", out);
            }
        };
    }

    /** Drops one lower-case word of three letters or more; names, figures and negations stay. */
    static String deletion(String text, Random random) {
        String[] words = text.split(" ");
        List<Integer> candidates = new ArrayList<>();
        for (int k = 0; k < words.length; k++) {
            String w = bare(words[k]);
            if (w.length() >= 3 && w.chars().allMatch(Character::isLowerCase) && !NEGATIONS.contains(w)) {
                candidates.add(k);
            }
        }
        if (candidates.isEmpty() || words.length < 5) {
            return null;
        }
        int drop = candidates.get(random.nextInt(candidates.size()));
        List<String> out = new ArrayList<>(Arrays.asList(words));
        out.remove(drop);
        return String.join(" ", out);
    }

    /**
     * Three different edits in the order a person would make them: words first, then casing and punctuation, then
     * emoji and links, Unicode disguises last (the other edits look for plain words and spaces).
     */
    static String combined(String text, Random random) {
        List<Kind> kinds = new ArrayList<>(SINGLE);
        List<Kind> chosen = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            chosen.add(kinds.remove(random.nextInt(kinds.size())));
        }
        List<Kind> order = List.of(Kind.REORDER, Kind.SYNONYMS, Kind.INSERTION, Kind.DELETION,
                Kind.CASE_AND_PUNCTUATION, Kind.EMOJI, Kind.LINK, Kind.FULL_WIDTH, Kind.HOMOGLYPHS);
        chosen.sort(Comparator.comparingInt(order::indexOf));
        String edited = text;
        for (Kind kind : chosen) {
            String next = apply(kind, edited, random);
            if (next != null) {
                edited = next;
            }
        }
        return edited;
    }

    private static String bare(String word) {
        return word.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Lower-cases a leading ordinary word, not a name ("Says" yes, "Obama" cannot be told apart: kept). */
    private static String lowerFirst(String s) {
        if (s.length() > 1 && Character.isUpperCase(s.charAt(0)) && Character.isLowerCase(s.charAt(1))
                && (s.startsWith("The ") || s.startsWith("Says ") || s.startsWith("In ") || s.startsWith("A "))) {
            return Character.toLowerCase(s.charAt(0)) + s.substring(1);
        }
        return s;
    }

    private static String pick(String[] options, Random random) {
        return options[random.nextInt(options.length)];
    }

    private static String token(Random random, int length) {
        String alphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        StringBuilder out = new StringBuilder(length);
        for (int k = 0; k < length; k++) {
            out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return out.toString();
    }
}
