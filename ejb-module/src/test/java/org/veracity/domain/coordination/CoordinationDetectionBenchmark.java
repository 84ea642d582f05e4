package org.veracity.domain.coordination;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.veracity.domain.hoax.TextNormalizer;

/**
 * Not part of the normal run (only with {@code -Dveracity.bench=true}): the CPU R18 adds to intake per post, without
 * the database: normalising the text, its sketch, and placing a 100-post batch among the candidates the database
 * would return. 1% of the posts belong to a campaign. docs/benchmarks.md has the figures.
 */
@EnabledIfSystemProperty(named = "veracity.bench", matches = "true")
class CoordinationDetectionBenchmark {

    private static final List<String> WORDS = List.of("city", "council", "budget", "school", "river", "bridge",
            "market", "festival", "weather", "storm", "team", "season", "coach", "library", "museum", "concert",
            "traffic", "train", "station", "harbour", "garden", "bakery", "recipe", "vaccine", "clinic", "hospital",
            "election", "ballot", "mayor", "senate", "policy", "taxes", "housing", "rent", "jobs", "factory", "farm");

    @Test
    void cpu_per_post() {
        TextNormalizer normalizer = new TextNormalizer();
        CoordinationRule rule = new CoordinationRule(20, Duration.ofHours(1), 0.7);
        Random random = new Random(7);
        Instant start = Instant.parse("2022-01-01T00:00:00Z");
        List<String> texts = new ArrayList<>();
        for (int k = 0; k < 200_000; k++) {
            if (k % 100 == 50) {
                texts.add("Campaign says vote for the bridge and school budget this spring" + (k % 200 == 50 ? "!" : " now"));
            } else {
                StringBuilder s = new StringBuilder();
                for (int w = 0; w < 12 + random.nextInt(10); w++) {
                    s.append(w == 0 ? "" : " ").append(WORDS.get(random.nextInt(WORDS.size())));
                }
                texts.add(s.toString());
            }
        }
        for (int round = 0; round < 3; round++) {
            List<PostTrace> recent = new ArrayList<>();
            long t0 = System.nanoTime();
            for (int b = 0; b < texts.size() / 100; b++) {
                List<PostTrace> batch = new ArrayList<>(100);
                for (int k = b * 100; k < b * 100 + 100; k++) {
                    PostTrace.of((long) k, "p" + k, "a" + k, start.plusSeconds(k), normalizer.normalize(texts.get(k)))
                            .ifPresent(batch::add);
                }
                // What the database answers: the campaign's earlier posts share keys; random posts rarely do.
                List<PostTrace> known = recent.size() > 40 ? recent.subList(recent.size() - 40, recent.size()) : recent;
                new CoordinationDetector(rule).place(batch, known);
                recent.add(batch.get(50));
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf(Locale.ROOT, "BENCH round %d: %d posts in %.2f s, %.1f µs per post%n", round, texts.size(),
                    seconds, seconds * 1e6 / texts.size());
        }
    }
}
