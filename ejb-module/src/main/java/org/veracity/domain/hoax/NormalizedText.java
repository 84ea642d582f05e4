package org.veracity.domain.hoax;

import java.util.List;
import java.util.Set;

/**
 * A text reduced to what the hoax matcher compares: its distinct content terms, the terms that carry its facts
 * (figures and names), the clauses it negates, and what may tell that it reports or disputes a claim.
 *
 * @param terms           distinct content terms, sorted; order and repetition of the original text are gone on
 *                        purpose so that reordered clauses compare equal
 * @param keyTerms        the subset of {@code terms} that are figures (anything with a digit) or names
 *                        (capitalised mid-sentence in the original, titles excepted); for a block they must agree
 * @param negatedClauses  for each sentence or clause with a negation ("not", "never", "doesn't" …), its other
 *                        terms; a denial of a hoax is not the hoax, but "They don't want you to know this:" in front
 *                        of it denies nothing the hoax says, so negation is judged clause by clause
 * @param leadTerms       capitalised words that open a sentence and are not already key terms: maybe a name
 *                        ("Kroger is offering…"), maybe not ("Share this…"); a block is vetoed only when both texts
 *                        have one the other lacks, i.e. one was swapped for the other
 * @param counterSpeech   the {@link CounterSpeech} cues of the text, in the order written
 */
public record NormalizedText(List<String> terms, Set<String> keyTerms, List<Set<String>> negatedClauses,
        Set<String> leadTerms, List<CounterSpeech.Cue> counterSpeech) {

    public NormalizedText {
        terms = List.copyOf(terms);
        keyTerms = Set.copyOf(keyTerms);
        negatedClauses = negatedClauses.stream().map(Set::copyOf).toList();
        leadTerms = Set.copyOf(leadTerms);
        counterSpeech = List.copyOf(counterSpeech);
        if (!terms.containsAll(keyTerms)) {
            throw new IllegalArgumentException("key terms must be terms: " + keyTerms);
        }
        if (!terms.containsAll(leadTerms)) {
            throw new IllegalArgumentException("lead terms must be terms: " + leadTerms);
        }
    }

    /** Without lead terms or counter-speech cues (the form before issue 10). */
    public NormalizedText(List<String> terms, Set<String> keyTerms, List<Set<String>> negatedClauses) {
        this(terms, keyTerms, negatedClauses, Set.of(), List.of());
    }

    /** The terms joined by single spaces: a readable, deterministic form for logs and tests. */
    public String form() {
        return String.join(" ", terms);
    }

    public int size() {
        return terms.size();
    }

    public boolean negated() {
        return !negatedClauses.isEmpty();
    }
}
