package org.veracity.bench.hoax;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.veracity.domain.hoax.HoaxIndex;
import org.veracity.domain.hoax.LiarStatements;

/**
 * Issue 10: the in-memory cost of searching stored content for copies of a rated item. The rated claim and the
 * rated item's text form a one-entry {@link HoaxIndex}, and every stored text in the window is matched against it
 * (what {@code CopyPropagation.propagate} does per page). Here the "stored texts" are all LIAR statements, repeated
 * to 200,000 (the default {@code veracity.copies.max-scan}); the database read of the pages is not included.
 * A program, not a test: {@code exec:java -Dexec.mainClass=org.veracity.bench.hoax.CopySearchBenchmark
 * -Dexec.args=../shared/data/liar}.
 */
public final class CopySearchBenchmark {

    private static final int STORED = 200_000;
    private static final int RATED = 5;

    private CopySearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1 || !Files.isDirectory(Path.of(args[0]))) {
            System.err.println("usage: CopySearchBenchmark LIAR_DIR");
            System.exit(2);
        }
        List<String> texts = new ArrayList<>(LiarStatements.read(Path.of(args[0])).stream()
                .map(LiarStatements.Statement::text).toList());
        Collections.shuffle(texts, new Random(10));
        List<String> stored = new ArrayList<>(STORED);
        for (int i = 0; stored.size() < STORED; i++) {
            stored.add(texts.get(i % texts.size()));
        }
        search(texts.subList(0, 3), stored);
        long matches = 0;
        long nanos = 0;
        for (int r = 0; r < RATED; r++) {
            long t0 = System.nanoTime();
            matches += search(texts.subList(r * 2, r * 2 + 2), stored);
            nanos += System.nanoTime() - t0;
        }
        double perSearch = nanos / 1e9 / RATED;
        System.out.printf(Locale.ROOT, "stored texts %d; %d rated items; %.2f s per search; %.0f texts/s;"
                + " %.1f matches per search%n", STORED, RATED, perSearch, STORED / perSearch, matches / (double) RATED);
    }

    /** One rated item (its claim and its text) against every stored text; answers how many matched. */
    private static long search(List<String> claimAndText, List<String> stored) {
        HoaxIndex index = new HoaxIndex();
        for (int v = 0; v < claimAndText.size(); v++) {
            try {
                index.add("rated", "v" + v, claimAndText.get(v));
            } catch (IllegalArgumentException e) {
                // a topic, not a claim
            }
        }
        long found = 0;
        for (String text : stored) {
            if (index.match(text, null, null).isPresent()) {
                found++;
            }
        }
        return found;
    }
}
