package org.veracity.domain.hoax;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reduces a post to the terms the hoax matcher compares (R11). Deterministic and stateless, so the index, the
 * brute-force reference and the evaluation all see the same terms.
 *
 * <p>Each step undoes one way people re-post a hoax so that it no longer looks identical:
 * <ol>
 *   <li>NFKD plus removal of combining marks: full-width and mathematical letters, ligatures, circled letters,
 *       superscripts and accents fold to their plain forms; Cyrillic and Greek look-alike letters map to Latin;
 *       zero-width and other format characters disappear.</li>
 *   <li>Links are removed (an appended link is not part of the claim; links are matched separately by
 *       canonical URL).</li>
 *   <li>Case folding; emoji, symbols and punctuation become separators; apostrophes are dropped so that
 *       "Obama's" and "Obamas" agree; "U.S." becomes "us"; "20,000" becomes "20000"; "%" becomes "percent";
 *       letters spaced out one by one ("h o a x") are joined again.</li>
 *   <li>Number words become digits ("thirty-four" and "34" agree), negating contractions become "not".</li>
 *   <li>English stop words are dropped and plurals are stemmed ("taxes" and "tax" agree). Nothing heavier:
 *       the evaluation (docs/matching.md) showed real rewordings mostly keep their content words, and a
 *       synonym list would be tuned to our own test edits.</li>
 * </ol>
 * Terms written in Chinese or Japanese script, which separate no words by spaces, become character bigrams.
 */
public final class TextNormalizer {

    private static final Pattern PLAIN_FIGURE = Pattern.compile("\\d+(?:\\.\\d+)?");
    private static final Pattern ORDINAL_OR_PLURAL = Pattern.compile("\\d+(?:st|nd|rd|th|s)", Pattern.CASE_INSENSITIVE);
    private static final Pattern FIGURE_OR_WORD = Pattern.compile("\\d+(?:\\.\\d+)?|[^\\d.]+");

    private static final String APOSTROPHES = "'`\u2018\u2019\u02bc";
    private static final String SENTENCE_BREAKS = ".!?:;\"\u201c\u201d\u2026";
    /** Words written with a dot that does not end the sentence. */
    private static final Set<String> ABBREVIATED_WORDS = Set.of("mr", "mrs", "ms", "dr", "st", "jr", "sr", "rep",
            "reps", "sen", "sens", "gov", "pres", "gen", "lt", "col", "sgt", "prof", "rev", "hon", "vs", "inc",
            "corp", "ft", "mt", "ariz", "calif", "fla", "wis", "mass", "penn", "tenn", "ore", "wash", "ill",
            "mich", "minn");
    private static final Set<String> TOP_LEVEL_DOMAINS = Set.of("com", "net", "org", "info", "io", "ly", "co",
            "me", "news", "gov", "edu", "us", "uk", "de", "ru", "tv", "be", "gl", "to", "cc", "xyz", "online",
            "site", "link", "app", "page");
    private static final Set<String> STOP_WORDS = Set.of(
            "a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "with", "from", "as", "into", "and", "or",
            "but", "if", "so", "than", "then", "that", "this", "these", "those", "there", "here", "it", "its",
            "is", "are", "was", "were", "be", "been", "being", "am", "do", "does", "did", "has", "have", "had",
            "having", "will", "would", "shall", "should", "can", "could", "may", "might", "must",
            "i", "me", "my", "we", "us", "our", "you", "your", "he", "him", "his", "she", "her", "they", "them",
            "their", "who", "whom", "which", "what", "says", "said", "say", "also", "just", "very", "really",
            "about", "over", "up", "out", "all", "any", "some", "such", "only", "own", "same", "too", "now");
    /** Kept as the term "not": they flip a claim. */
    private static final Set<String> NEGATING_CONTRACTIONS = Set.of(
            "doesnt", "dont", "didnt", "isnt", "wasnt", "arent", "werent", "cant", "cannot", "wont", "hasnt",
            "havent", "hadnt", "couldnt", "shouldnt", "wouldnt", "aint", "nt");
    private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "nobody", "nothing", "none",
            "neither", "nor");
    /** Capitalised, but no name: "President Obama" and "Obama" name the same person. */
    private static final Set<String> TITLES = Set.of("president", "pre", "vice", "governor", "gov", "senator",
            "sen", "rep", "representative", "congressman", "congresswoman", "mayor", "secretary", "speaker",
            "attorney", "general", "judge", "justice", "dr", "mr", "mrs", "ms", "gen", "prof", "st", "sir");
    /**
     * Sides of a political claim, key terms wherever they stand: hoaxes are re-aimed by swapping them
     * ("Republicans are planning…" for "Democrats are planning…"), and a sentence-initial capital says
     * nothing about names, so without this the swap would be blocked as the same claim.
     */
    private static final Set<String> SIDES = Set.of("democrat", "democrats", "democratic", "republican",
            "republicans", "gop", "liberal", "liberals", "conservative", "conservatives", "labour", "tory", "tories",
            "leftist", "leftists", "trump", "biden", "clinton", "obama").stream()
            .map(TextNormalizer::stem).collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final Map<String, Integer> NUMBER_WORDS = numberWords();
    private static final Map<String, String> ORDINAL_WORDS = Map.of("first", "1st", "second", "2nd",
            "third", "3rd", "fourth", "4th", "fifth", "5th", "sixth", "6th", "seventh", "7th", "eighth", "8th",
            "ninth", "9th", "tenth", "10th");
    private static final char[] LOOKALIKES = lookalikes();
    /** Above this share of capitalised function words (headlines, all caps) capitals say nothing about names. */
    private static final double TITLE_CASE_SHARE = 0.3;

    /**
     * Texts normalised lately, by any instance: intake normalises each post for the RFH screen and again for R18
     * (issue 15: a second normalisation was 7 % of intake's samples). Normalising is a pure function of the text and
     * {@link NormalizedText} is immutable, so an answer from here is the answer. Two generations, so that filling one
     * never drops the batch in progress; texts of more than 2,048 characters are not kept (some 10 MB in all for posts
     * of a few hundred characters).
     */
    private static final RecentTexts RECENT = new RecentTexts(4096, 2048);

    public NormalizedText normalize(String text) {
        String key = text == null ? "" : text;
        NormalizedText known = RECENT.get(key);
        if (known == null) {
            known = normalizeNow(key);
            RECENT.put(key, known);
        }
        return known;
    }

    /** A bounded memo of recent texts: when the current generation is full it becomes the previous one. */
    private static final class RecentTexts {
        private final int perGeneration;
        private final int longestText;
        private volatile Map<String, NormalizedText> current = new ConcurrentHashMap<>();
        private volatile Map<String, NormalizedText> previous = Map.of();

        RecentTexts(int perGeneration, int longestText) {
            this.perGeneration = perGeneration;
            this.longestText = longestText;
        }

        NormalizedText get(String text) {
            NormalizedText found = current.get(text);
            return found != null ? found : previous.get(text);
        }

        void put(String text, NormalizedText normalized) {
            if (text.length() > longestText) {
                return;
            }
            Map<String, NormalizedText> now = current;
            if (now.size() >= perGeneration) {
                synchronized (this) {
                    if (current == now) {
                        previous = now;
                        current = new ConcurrentHashMap<>();
                    }
                }
            }
            current.put(text, normalized);
        }
    }

    private NormalizedText normalizeNow(String text) {
        String prepared = prepare(text);
        List<RawToken> raw = tokenize(prepared);
        raw = joinSpelledOut(convertNumberWords(splitFigures(raw)));
        List<CounterSpeech.Cue> cues = new ArrayList<>(CounterSpeech.find(prepared));
        Set<String> leadTerms = new HashSet<>();
        int sentenceAt = 0;
        boolean question = false;
        boolean titleCase = isTitleCase(raw);
        boolean[] shouted = shoutedSentences(raw);
        TreeSet<String> terms = new TreeSet<>();
        Set<String> keyTerms = new HashSet<>();
        List<Set<String>> negatedClauses = new ArrayList<>();
        Set<String> clause = new HashSet<>();
        boolean clauseNegated = false;
        for (int k = 0; k < raw.size(); k++) {
            RawToken token = raw.get(k);
            if (token.sentenceStart) {
                addIfNegated(negatedClauses, clause, clauseNegated);
                addIfQuestion(cues, raw, sentenceAt, k, clause, question);
                clause = new HashSet<>();
                clauseNegated = false;
                sentenceAt = k;
                question = false;
            }
            question |= token.questionEnd;
            String term = token.folded;
            if (NEGATING_CONTRACTIONS.contains(term)) {
                term = "not";
            }
            boolean negation = NEGATIONS.contains(term);
            if (!negation && STOP_WORDS.contains(term)) {
                continue;
            }
            term = stem(term);
            terms.add(term);
            if (negation) {
                clauseNegated = true;
            } else {
                clause.add(term);
            }
            if (token.hasDigit() || SIDES.contains(term) || (!titleCase && !shouted[k] && token.capitalised
                    && !token.sentenceStart && !negation && !TITLES.contains(term))) {
                keyTerms.add(term);
            } else if (token.sentenceStart && token.capitalised && !negation && !TITLES.contains(term)) {
                leadTerms.add(term);
            }
        }
        addIfNegated(negatedClauses, clause, clauseNegated);
        addIfQuestion(cues, raw, sentenceAt, raw.size(), clause, question);
        leadTerms.removeAll(keyTerms);
        return new NormalizedText(new ArrayList<>(terms), keyTerms, negatedClauses, leadTerms, cues);
    }

    /** A sentence ending in "?" is a question cue; whether it asks about the claim is judged against the entry. */
    private static void addIfQuestion(List<CounterSpeech.Cue> cues, List<RawToken> raw, int from, int to,
            Set<String> clause, boolean question) {
        if (!question || clause.isEmpty()) {
            return;
        }
        StringBuilder quote = new StringBuilder();
        for (int k = from; k < to && k < from + 8; k++) {
            quote.append(k == from ? "" : " ").append(raw.get(k).text);
        }
        quote.append(to - from > 8 ? " …?" : "?");
        cues.add(new CounterSpeech.Cue(CounterSpeech.QUESTION, quote.toString(), clause));
    }

    private static void addIfNegated(List<Set<String>> negatedClauses, Set<String> clause, boolean negated) {
        if (negated) {
            negatedClauses.add(clause);
        }
    }

    /** Compatibility decomposition, marks and format characters removed, look-alikes mapped, links cut. */
    private static String prepare(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder plain = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); ) {
            int cp = decomposed.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x80) {
                plain.append((char) cp);
                continue;
            }
            int type = Character.getType(cp);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) {
                continue;
            }
            char latin = cp < LOOKALIKES.length ? LOOKALIKES[cp] : 0;
            if (latin != 0) {
                plain.append(latin);
            } else {
                plain.appendCodePoint(cp);
            }
        }
        blankLinks(plain);
        return plain.toString();
    }

    /** Overwrites every whitespace-separated chunk that is a link with spaces. */
    private static void blankLinks(StringBuilder s) {
        int n = s.length();
        int start = 0;
        while (start < n) {
            while (start < n && Character.isWhitespace(s.charAt(start))) {
                start++;
            }
            int end = start;
            while (end < n && !Character.isWhitespace(s.charAt(end))) {
                end++;
            }
            if (end > start && isLink(s, start, end)) {
                for (int k = start; k < end; k++) {
                    s.setCharAt(k, ' ');
                }
            }
            start = end;
        }
    }

    /** http(s)://…, www.…, or a host name with a known top-level domain, optionally with a path. */
    private static boolean isLink(CharSequence s, int start, int end) {
        while (start < end && !Character.isLetterOrDigit(s.charAt(start))) {
            start++;
        }
        String chunk = s.subSequence(start, end).toString().toLowerCase(Locale.ROOT);
        if (chunk.indexOf('.') < 0 && !chunk.contains("://")) {
            return false;
        }
        if (chunk.contains("://") || chunk.startsWith("www.")) {
            return true;
        }
        int hostEnd = chunk.length();
        for (int k = 0; k < chunk.length(); k++) {
            char c = chunk.charAt(k);
            if (c == '/' || c == '?' || c == '#') {
                hostEnd = k;
                break;
            }
        }
        String host = chunk.substring(0, hostEnd);
        int trim = host.length();
        while (trim > 0 && !Character.isLetterOrDigit(host.charAt(trim - 1))) {
            trim--;
        }
        host = host.substring(0, trim);
        int lastDot = host.lastIndexOf('.');
        if (lastDot <= 0 || !TOP_LEVEL_DOMAINS.contains(host.substring(lastDot + 1))) {
            return false;
        }
        for (String label : host.split("\\.")) {
            if (label.isEmpty()) {
                return false;
            }
            for (int k = 0; k < label.length(); k++) {
                char c = label.charAt(k);
                if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-')) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Splits on everything that is not a letter or digit. Apostrophes vanish inside words; a decimal point and
     * a thousands comma stay inside figures; dots inside abbreviations ("U.S.") go; "%" is a word.
     */
    private static List<RawToken> tokenize(String s) {
        List<RawToken> tokens = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean capitalised = false;
        boolean sentenceStart = true;
        boolean nextStartsSentence = true;
        boolean abbreviation = false;
        boolean hashtag = false;
        int n = s.length();
        int i = 0;
        while (i < n) {
            int cp = s.codePointAt(i);
            int width = Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                boolean ideograph = cp >= 0x2E80 && isIdeographic(cp);
                if (current.length() > 0 && ideograph != isIdeographic(current.codePointBefore(current.length()))) {
                    flush(tokens, current, capitalised, sentenceStart, hashtag);
                    abbreviation = false;
                    hashtag = false;
                }
                if (current.length() == 0) {
                    capitalised = Character.isUpperCase(cp) || Character.isTitleCase(cp);
                    sentenceStart = nextStartsSentence;
                    nextStartsSentence = false;
                }
                current.appendCodePoint(cp);
            } else if (APOSTROPHES.indexOf(cp) >= 0) {
                // "don't": the apostrophe joins, it does not split; a possessive "'s" goes ("Renacci's").
                if (current.length() > 0 && i + 1 < n && (s.charAt(i + 1) == 's' || s.charAt(i + 1) == 'S')
                        && (i + 2 >= n || !Character.isLetterOrDigit(s.charAt(i + 2)))) {
                    width++;
                }
            } else if (cp == '%') {
                flush(tokens, current, capitalised, sentenceStart, hashtag);
                abbreviation = false;
                hashtag = false;
                tokens.add(new RawToken("percent", false, false));
            } else if (current.length() > 0 && inFigure(s, i, current, cp)) {
                if (cp == '.') {
                    current.append('.');
                }
            } else if (cp == '.' && current.length() > 0 && continuesAbbreviation(s, i, current, abbreviation)) {
                abbreviation = true;
            } else {
                boolean breaks = SENTENCE_BREAKS.indexOf(cp) >= 0;
                if (cp == '.' && isNumberSign(s, i, current)) {
                    current.setLength(0);
                    current.append("number");
                    capitalised = false;
                    breaks = false;
                } else if (cp == '.' && (abbreviation || isAbbreviatedWord(current))) {
                    // "Gov. Scott Walker", "U.S. Rep. Ron Kind", "John F. Kennedy": no new sentence.
                    breaks = false;
                }
                flush(tokens, current, capitalised, sentenceStart, hashtag);
                abbreviation = false;
                hashtag = cp == '#' && i + 1 < n && Character.isLetter(s.charAt(i + 1));
                if (cp == '?' && !tokens.isEmpty()) {
                    tokens.get(tokens.size() - 1).questionEnd = true;
                }
                if (breaks) {
                    nextStartsSentence = true;
                }
            }
            i += width;
        }
        flush(tokens, current, capitalised, sentenceStart, hashtag);
        return tokens;
    }

    /** A decimal point (3.6) or a thousands comma (20,000) between digits. */
    private static boolean inFigure(String s, int i, StringBuilder current, int cp) {
        if ((cp != '.' && cp != ',') || !isAsciiDigit(current.charAt(current.length() - 1))
                || i + 1 >= s.length() || !isAsciiDigit(s.charAt(i + 1))) {
            return false;
        }
        if (cp == '.') {
            return true;
        }
        int digits = 0;
        while (i + 1 + digits < s.length() && isAsciiDigit(s.charAt(i + 1 + digits))) {
            digits++;
        }
        return digits == 3;
    }

    /** A dot between single letters: U.S., D.C., U.S.A., "the U.N.s". */
    private static boolean continuesAbbreviation(String s, int i, StringBuilder current, boolean abbreviation) {
        boolean singleLetter = current.length() == 1 && Character.isLetter(current.charAt(0));
        if (!singleLetter && !abbreviation) {
            return false;
        }
        return i + 1 < s.length() && Character.isLetter(s.charAt(i + 1))
                && (i + 2 >= s.length() || !Character.isLetterOrDigit(s.charAt(i + 2)));
    }

    /** "No. 2" is a number, not a negation. */
    private static boolean isNumberSign(String s, int i, StringBuilder current) {
        if (current.length() != 2 || Character.toLowerCase(current.charAt(0)) != 'n'
                || Character.toLowerCase(current.charAt(1)) != 'o') {
            return false;
        }
        int k = i + 1;
        while (k < s.length() && s.charAt(k) == ' ') {
            k++;
        }
        return k < s.length() && isAsciiDigit(s.charAt(k));
    }

    private static boolean isAbbreviatedWord(StringBuilder current) {
        if (current.length() == 1) {
            return Character.isUpperCase(current.charAt(0));
        }
        return current.length() > 0 && current.length() <= 6 && ABBREVIATED_WORDS.contains(fold(current.toString()));
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static void flush(List<RawToken> tokens, StringBuilder current, boolean capitalised,
            boolean sentenceStart, boolean hashtag) {
        if (current.length() == 0) {
            return;
        }
        String text = current.toString();
        if (isIdeographic(text.codePointAt(0))) {
            addIdeographBigrams(tokens, text);
        } else if (hashtag) {
            addHashtagWords(tokens, text, sentenceStart);
        } else {
            tokens.add(new RawToken(text, capitalised, sentenceStart));
        }
        current.setLength(0);
    }

    /**
     * "#StopTheSteal" is the words "stop the steal": a CamelCase hashtag is split where a capital follows a small
     * letter, and none of its words is read as a name (a hashtag capitalises every word).
     */
    private static void addHashtagWords(List<RawToken> tokens, String tag, boolean sentenceStart) {
        int start = 0;
        for (int k = 1; k <= tag.length(); k++) {
            if (k == tag.length() || Character.isUpperCase(tag.charAt(k)) && Character.isLowerCase(tag.charAt(k - 1))) {
                tokens.add(new RawToken(tag.substring(start, k), false, sentenceStart && start == 0));
                start = k;
            }
        }
    }

    private static void addIdeographBigrams(List<RawToken> tokens, String run) {
        int[] cps = run.codePoints().toArray();
        if (cps.length == 1) {
            tokens.add(new RawToken(run, false, false));
        }
        for (int k = 0; k + 1 < cps.length; k++) {
            tokens.add(new RawToken(new String(cps, k, 2), false, false));
        }
    }

    private static boolean isIdeographic(int cp) {
        if (cp < 0x2E80) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }

    /**
     * "10-year" written as "10year", "$3.6billion", "covid19": figures glued to words are cut out, so that the
     * figure matches however it is written. Ordinals and decades ("3rd", "1990s") stay whole.
     */
    private static List<RawToken> splitFigures(List<RawToken> tokens) {
        List<RawToken> out = new ArrayList<>(tokens.size());
        for (RawToken token : tokens) {
            if (!token.hasDigit() || PLAIN_FIGURE.matcher(token.text).matches()
                    || ORDINAL_OR_PLURAL.matcher(token.text).matches()) {
                out.add(token);
                continue;
            }
            Matcher part = FIGURE_OR_WORD.matcher(token.text);
            boolean first = true;
            while (part.find()) {
                out.add(first ? token.withText(part.group()) : new RawToken(part.group(),
                        Character.isUpperCase(part.group().charAt(0)), false));
                first = false;
            }
        }
        return out;
    }

    /**
     * "thirty four" becomes 34, "five" 5, "third" 3rd; "one" stays a word (it is mostly a pronoun) unless a scale
     * follows. Scales multiply: "ten thousand" is 10000, "2.7 million" 2700000, "$3.6billion" 3600000000, "a
     * hundred" 100, "two hundred fifty thousand" 250000, "10k" 10000, so that figures compare as numbers however
     * they are written.
     */
    private static List<RawToken> convertNumberWords(List<RawToken> tokens) {
        List<RawToken> out = new ArrayList<>(tokens.size());
        for (int k = 0; k < tokens.size(); k++) {
            RawToken token = tokens.get(k);
            int end = scaledNumberEnd(tokens, k);
            if (end > 0) {
                RawToken number = token.withText(scaledValue(tokens, k, end).toPlainString());
                for (int m = k; m < end; m++) {
                    number.questionEnd |= tokens.get(m).questionEnd;
                }
                out.add(number);
                k = end - 1;
                continue;
            }
            Integer value = NUMBER_WORDS.get(token.folded);
            String ordinal = ORDINAL_WORDS.get(token.folded);
            if (value != null) {
                if (value >= 20 && value % 10 == 0 && k + 1 < tokens.size()) {
                    Integer unit = NUMBER_WORDS.get(tokens.get(k + 1).folded);
                    if (unit != null && unit > 0 && unit < 10) {
                        value += unit;
                        k++;
                    }
                }
                out.add(token.withText(Integer.toString(value)));
            } else if (ordinal != null) {
                out.add(token.withText(ordinal));
            } else {
                out.add(token);
            }
        }
        return out;
    }

    private static final Map<String, Long> SCALES = Map.of("hundred", 100L, "thousand", 1_000L, "k", 1_000L,
            "million", 1_000_000L, "billion", 1_000_000_000L, "trillion", 1_000_000_000_000L);

    /** The value of a number word or figure at k (tens and units joined), or null. */
    private static BigDecimal smallValue(List<RawToken> tokens, int k) {
        RawToken token = tokens.get(k);
        if (PLAIN_FIGURE.matcher(token.text).matches()) {
            return new BigDecimal(token.text);
        }
        Integer value = NUMBER_WORDS.get(token.folded);
        return value == null ? null : BigDecimal.valueOf(value);
    }

    /** Tokens taken by a number word at k: two for "thirty four", one otherwise, 0 for none. */
    private static int smallLength(List<RawToken> tokens, int k) {
        RawToken token = tokens.get(k);
        if (PLAIN_FIGURE.matcher(token.text).matches()) {
            return 1;
        }
        Integer value = NUMBER_WORDS.get(token.folded);
        if (value == null) {
            return 0;
        }
        if (value >= 20 && value % 10 == 0 && k + 1 < tokens.size()) {
            Integer unit = NUMBER_WORDS.get(tokens.get(k + 1).folded);
            if (unit != null && unit > 0 && unit < 10) {
                return 2;
            }
        }
        return 1;
    }

    private static BigDecimal smallAt(List<RawToken> tokens, int k) {
        BigDecimal value = smallValue(tokens, k);
        if (value != null && smallLength(tokens, k) == 2) {
            value = value.add(BigDecimal.valueOf(NUMBER_WORDS.get(tokens.get(k + 1).folded)));
        }
        return value;
    }

    private static boolean isScale(List<RawToken> tokens, int k) {
        return k < tokens.size() && SCALES.containsKey(tokens.get(k).folded)
                && !(tokens.get(k).folded.equals("k") && tokens.get(k).sentenceStart);
    }

    /** The end (exclusive) of a number with at least one scale starting at k, or 0 when there is none. */
    private static int scaledNumberEnd(List<RawToken> tokens, int k) {
        String first = tokens.get(k).folded;
        int j;
        if (first.equals("one") || first.equals("a") || first.equals("an")) {
            j = k + 1;
        } else {
            int length = smallLength(tokens, k);
            if (length == 0) {
                return 0;
            }
            j = k + length;
        }
        if (!isScale(tokens, j)) {
            return 0;
        }
        int end = j;
        while (isScale(tokens, end)) {
            end++;
            // "two hundred fifty thousand", "ten thousand five hundred": a number word may continue the number.
            if (end < tokens.size() && tokens.get(end).folded.equals("and") && end + 1 < tokens.size()
                    && NUMBER_WORDS.containsKey(tokens.get(end + 1).folded)) {
                end++;
            }
            if (end < tokens.size() && NUMBER_WORDS.containsKey(tokens.get(end).folded) && isScale(tokens,
                    end + smallLength(tokens, end))) {
                end += smallLength(tokens, end);
            } else if (end < tokens.size() && NUMBER_WORDS.containsKey(tokens.get(end).folded)
                    && tokens.get(end - 1).folded.equals("hundred")) {
                end += smallLength(tokens, end);
                break;
            } else if (!isScale(tokens, end)) {
                break;
            }
        }
        return end;
    }

    private static BigDecimal scaledValue(List<RawToken> tokens, int k, int end) {
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal current;
        int j;
        String first = tokens.get(k).folded;
        if (first.equals("one") || first.equals("a") || first.equals("an")) {
            current = BigDecimal.ONE;
            j = k + 1;
        } else {
            current = smallAt(tokens, k);
            j = k + smallLength(tokens, k);
        }
        while (j < end) {
            String word = tokens.get(j).folded;
            Long scale = SCALES.get(word);
            if (word.equals("and")) {
                j++;
            } else if (word.equals("hundred")) {
                current = current.multiply(BigDecimal.valueOf(100));
                j++;
            } else if (scale != null) {
                total = total.add(current.multiply(BigDecimal.valueOf(scale)));
                current = BigDecimal.ZERO;
                j++;
            } else {
                current = current.add(smallAt(tokens, j));
                j += smallLength(tokens, j);
            }
        }
        return total.add(current).stripTrailingZeros();
    }

    /** "h o a x" is "hoax": runs of three or more single letters are one word spelled out. */
    private static List<RawToken> joinSpelledOut(List<RawToken> tokens) {
        List<RawToken> out = new ArrayList<>(tokens.size());
        int k = 0;
        while (k < tokens.size()) {
            int end = k;
            while (end < tokens.size() && tokens.get(end).isSingleLetter()) {
                end++;
            }
            if (end - k >= 3) {
                StringBuilder word = new StringBuilder();
                for (int m = k; m < end; m++) {
                    word.append(tokens.get(m).text);
                }
                RawToken joined = new RawToken(word.toString(), tokens.get(k).capitalised, tokens.get(k).sentenceStart);
                joined.questionEnd = tokens.get(end - 1).questionEnd;
                out.add(joined);
                k = end;
            } else {
                out.add(tokens.get(k));
                k++;
            }
        }
        return out;
    }

    /**
     * Sentences written entirely in capitals ("MUST READ:") are shouting; their capitals say nothing about names.
     * Returns, per token, whether its sentence is shouted.
     */
    private static boolean[] shoutedSentences(List<RawToken> tokens) {
        boolean[] shouted = new boolean[tokens.size()];
        int start = 0;
        for (int k = 1; k <= tokens.size(); k++) {
            if (k == tokens.size() || tokens.get(k).sentenceStart) {
                int words = 0;
                boolean allCaps = true;
                for (int m = start; m < k; m++) {
                    String text = tokens.get(m).text;
                    if (text.codePoints().anyMatch(Character::isLetter)) {
                        words++;
                        allCaps &= text.codePoints().noneMatch(Character::isLowerCase);
                    }
                }
                Arrays.fill(shouted, start, k, words >= 2 && allCaps);
                start = k;
            }
        }
        return shouted;
    }

    /**
     * Headlines and all-caps posts capitalise ordinary words, so capitals there say nothing about names. The tell
     * is capitalised function words in mid-sentence ("We Really Do Have the Highest Tax Rate").
     */
    private static boolean isTitleCase(List<RawToken> tokens) {
        int functionWords = 0;
        int capitalised = 0;
        for (RawToken token : tokens) {
            if (!token.sentenceStart && STOP_WORDS.contains(token.folded) && !token.folded.equals("i")) {
                functionWords++;
                if (token.capitalised) {
                    capitalised++;
                }
            }
        }
        return capitalised >= 2 && capitalised >= TITLE_CASE_SHARE * functionWords;
    }

    /**
     * Plural and possessive "s" only: cheap, predictable, and enough for "taxes"/"tax", "Obamas"/"Obama" (LIAR
     * writes possessives without the apostrophe). It need not be good English, only the same on both sides.
     */
    static String stem(String term) {
        int n = term.length();
        if (n <= 3 || !Character.isLetter(term.charAt(n - 1)) || hasDigit(term)) {
            return term;
        }
        if (term.endsWith("ies") && n > 4) {
            return term.substring(0, n - 3) + "y";
        }
        if (term.endsWith("sses") || term.endsWith("xes") || term.endsWith("ches") || term.endsWith("shes")
                || term.endsWith("zzes")) {
            return term.substring(0, n - 2);
        }
        if (term.endsWith("s") && !term.endsWith("ss") && !term.endsWith("us")) {
            return dropFinalE(term.substring(0, n - 1));
        }
        if (term.endsWith("ied") && n > 4) {
            return term.substring(0, n - 3) + "y";
        }
        // "spreading"/"spread", "switched"/"switch", "voting"/"voted"/"vote", "stopped"/"stop".
        for (String suffix : new String[] {"ing", "ed"}) {
            if (term.endsWith(suffix) && n - suffix.length() >= 3 && hasVowel(term, n - suffix.length())) {
                String base = term.substring(0, n - suffix.length());
                int b = base.length();
                if (b >= 4 && base.charAt(b - 1) == base.charAt(b - 2) && "aeiouylsz".indexOf(base.charAt(b - 1)) < 0) {
                    base = base.substring(0, b - 1);
                }
                return dropFinalE(base);
            }
        }
        return dropFinalE(term);
    }

    /** "vote" and "voted"/"voting" (→ "vot") agree: a final silent e goes on both sides. */
    private static String dropFinalE(String term) {
        int n = term.length();
        return n > 3 && term.charAt(n - 1) == 'e' && term.charAt(n - 2) != 'e' ? term.substring(0, n - 1) : term;
    }

    private static boolean hasVowel(String term, int end) {
        for (int k = 0; k < end; k++) {
            if ("aeiouy".indexOf(term.charAt(k)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasDigit(String s) {
        for (int k = 0; k < s.length(); k++) {
            if (Character.isDigit(s.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    static String fold(String s) {
        boolean ascii = true;
        for (int k = 0; k < s.length() && ascii; k++) {
            ascii = s.charAt(k) < 0x80;
        }
        if (ascii) {
            return s.toLowerCase(Locale.ROOT);
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int k = 0; k < s.length(); ) {
            int cp = s.codePointAt(k);
            k += Character.charCount(cp);
            if (cp == 'ß' || cp == 'ẞ') {
                out.append("ss");
            } else {
                out.appendCodePoint(Character.toLowerCase(Character.toUpperCase(cp)));
            }
        }
        return out.toString();
    }

    private static Map<String, Integer> numberWords() {
        Map<String, Integer> words = new HashMap<>();
        String[] small = {"zero", null, "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
        for (int k = 0; k < small.length; k++) {
            if (small[k] != null) {
                words.put(small[k], k);
            }
        }
        String[] tens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
        for (int k = 0; k < tens.length; k++) {
            words.put(tens[k], 20 + 10 * k);
        }
        return Map.copyOf(words);
    }

    /** Cyrillic and Greek letters that are drawn like Latin ones, the usual homoglyph disguise; 0 for others. */
    private static char[] lookalikes() {
        char[] table = new char[0x530];
        String cyrillic = "аaеeоoрpсcуyхxіiјjѕsԁdһhАAВBЕEКKМMНHОOРPСCТTХXІIЈJЅS";
        String greek = "οoαaεeιiκkνvρpτtυuχxΑAΒBΕEΖZΗHΙIΚKΜMΝNΟOΡPΤTΥYΧX";
        for (String pairs : List.of(cyrillic, greek)) {
            for (int k = 0; k + 1 < pairs.length(); k += 2) {
                table[pairs.charAt(k)] = pairs.charAt(k + 1);
            }
        }
        return table;
    }

    /** A word as written, with what its spelling says before case folding throws that away. */
    private static final class RawToken {
        final String text;
        final String folded;
        final boolean capitalised;
        final boolean sentenceStart;
        /** The sentence this token is in ends with "?" (set on its last token by the tokenizer). */
        boolean questionEnd;
        private final boolean digit;

        RawToken(String text, boolean capitalised, boolean sentenceStart) {
            this.text = text;
            this.folded = fold(text);
            this.capitalised = capitalised;
            this.sentenceStart = sentenceStart;
            this.digit = TextNormalizer.hasDigit(text);
        }

        RawToken withText(String replacement) {
            RawToken token = new RawToken(replacement, capitalised, sentenceStart);
            token.questionEnd = questionEnd;
            return token;
        }

        boolean isSingleLetter() {
            return text.length() == 1 && Character.isLetter(text.charAt(0));
        }

        boolean hasDigit() {
            return digit;
        }
    }
}
