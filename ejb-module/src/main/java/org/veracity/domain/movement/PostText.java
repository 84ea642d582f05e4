package org.veracity.domain.movement;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A post's text as movement identifiers are compared with it (R16): the hashtags it carries and its words in
 * order, both folded the same way.
 *
 * <p>Folding undoes presentation, not wording: compatibility decomposition (full-width, mathematical and
 * circled letters, ligatures) with accents and invisible format characters (zero-width joiners) removed, then
 * case folding. Apostrophes inside a word vanish ("percenter's" is "percenters"). Everything else that is not a
 * letter or digit separates words. The hoax matcher's {@code TextNormalizer} is not reused: it drops word order
 * and stop words on purpose, which a phrase ("stop the steal") needs.
 *
 * <p>A hashtag is {@code #} followed by letters, digits or underscores, where the {@code #} does not follow a
 * letter, digit or underscore itself ("a#b" is no tag); an apostrophe ends it, as on the platforms. It is one whole tag: {@code #StopTheStealNow} is not
 * {@code #StopTheSteal}. Its body also counts as a word, so the phrase "stop the steal" is found in
 * "#stop the steal".
 */
public final class PostText {

    private static final String APOSTROPHES = "'`\u2018\u2019\u02bc";

    private final Set<String> hashtags;
    private final List<String> words;

    private PostText(Set<String> hashtags, List<String> words) {
        this.hashtags = Collections.unmodifiableSet(hashtags);
        this.words = List.copyOf(words);
    }

    public static PostText of(String text) {
        String folded = fold(text == null ? "" : text);
        Set<String> tags = new LinkedHashSet<>();
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        int n = folded.length();
        int i = 0;
        while (i < n) {
            char c = folded.charAt(i);
            if (c == '#' && (i == 0 || !isTagChar(folded.charAt(i - 1))) && i + 1 < n && isTagChar(folded.charAt(i + 1))) {
                flush(word, words);
                int end = i + 1;
                while (end < n && isTagChar(folded.charAt(end))) {
                    end++;
                }
                String tag = folded.substring(i + 1, end);
                tags.add(tag);
                for (String part : tag.split("_")) {
                    if (!part.isEmpty()) {
                        words.add(part);
                    }
                }
                i = end;
            } else if (Character.isLetterOrDigit(c)) {
                word.append(c);
                i++;
            } else if (word.length() > 0 && isInnerApostrophe(folded, i)) {
                i++;
            } else {
                flush(word, words);
                i++;
            }
        }
        flush(word, words);
        return new PostText(tags, words);
    }

    /** The hashtags of the post, folded, without the {@code #}. */
    public Set<String> hashtags() {
        return hashtags;
    }

    /** The words of the post, folded, in order. */
    public List<String> words() {
        return words;
    }

    public boolean hasHashtag(String foldedTag) {
        return hashtags.contains(foldedTag);
    }

    /** Whether the folded words of a phrase occur here as consecutive whole words. */
    public boolean containsPhrase(List<String> phraseWords) {
        if (phraseWords.isEmpty() || phraseWords.size() > words.size()) {
            return false;
        }
        return Collections.indexOfSubList(words, phraseWords) >= 0;
    }

    /** Compatibility decomposition, marks and format characters removed, case folded. */
    static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder plain = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); ) {
            int cp = decomposed.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) {
                continue;
            }
            if (cp == 'ß' || cp == 'ẞ') {
                plain.append("ss");
            } else {
                plain.appendCodePoint(Character.toLowerCase(Character.toUpperCase(cp)));
            }
        }
        return plain.toString().toLowerCase(Locale.ROOT);
    }

    static boolean isTagChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    private static boolean isInnerApostrophe(String s, int i) {
        return APOSTROPHES.indexOf(s.charAt(i)) >= 0 && i > 0 && Character.isLetterOrDigit(s.charAt(i - 1))
                && i + 1 < s.length() && Character.isLetterOrDigit(s.charAt(i + 1));
    }

    private static void flush(StringBuilder word, List<String> words) {
        if (word.length() > 0) {
            words.add(word.toString());
            word.setLength(0);
        }
    }
}
