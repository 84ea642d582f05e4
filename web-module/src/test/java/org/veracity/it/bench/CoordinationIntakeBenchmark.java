package org.veracity.it.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Form;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.veracity.it.support.VeracityIT;

/**
 * Not part of the normal run (its name does not end in IT; run it with {@code -Dit.test=CoordinationIntakeBenchmark}): intake throughput with and without R18's
 * detection, on the IT's Payara Micro and PostgreSQL, under a stream where 1% of the posts belong to campaigns
 * (each campaign: 30 accounts posting variants of one message within the hour, enough to open a case). Rounds
 * alternate off/on so both see the same growing database. docs/benchmarks.md has the command and the figures.
 */
class CoordinationIntakeBenchmark extends VeracityIT {

    private static final int BATCH = 100;

    /** The words of ordinary posts, drawn by Zipf's law (the k-th word with weight 1/k), as in real text. */
    private static List<String> vocabulary = List.of();
    private static double[] cumulative = new double[0];
    private static final List<String> WORDS = List.of("city", "council", "budget", "school", "river", "bridge",
            "market", "festival", "weather", "storm", "team", "season", "coach", "library", "museum", "concert",
            "traffic", "train", "station", "harbour", "garden", "bakery", "recipe", "vaccine", "clinic", "hospital",
            "election", "ballot", "mayor", "senate", "policy", "taxes", "housing", "rent", "jobs", "factory", "farm",
            "harvest", "price", "coffee", "movie", "actor", "album", "game", "match", "goal", "record", "holiday",
            "beach", "mountain", "trail", "dog", "cat", "neighbour", "street", "park", "night", "morning", "family");

    @Test
    void intake_items_per_second_with_and_without_coordination_detection() throws IOException {
        int items = Integer.getInteger("veracity.bench.items", 5000);
        int rounds = Integer.getInteger("veracity.bench.rounds", 2);
        String writer = api.token("content:write", null);
        StringBuilder report = new StringBuilder();
        // One stream after the other in one server ("0,5000": the 59-word stream, then the Zipf one).
        for (String size : System.getProperty("veracity.bench.vocabulary", "5000").split(",")) {
            measure(Integer.parseInt(size.strip()), items, rounds, writer, report);
        }
        api.controlOk("/api/test/coordination/detection", new Form().param("enabled", "true"));
        Files.writeString(Path.of("target", "coordination-benchmark.txt"), report);
    }

    private void measure(int size, int items, int rounds, String writer, StringBuilder report) {
        useVocabulary(size);
        String run = UUID.randomUUID().toString().substring(0, 6);
        warmUp(writer, run);
        for (int round = 0; round < rounds; round++) {
            for (boolean on : new boolean[] {false, true}) {
                api.controlOk("/api/test/coordination/detection", new Form().param("enabled", Boolean.toString(on)));
                String tag = run + "-" + round + (on ? "on" : "off");
                List<String> bodies = stream(tag, items, new Random(round));
                long cpu0 = ServerProcesses.cpuTicks();
                long t0 = System.nanoTime();
                for (String body : bodies) {
                    JsonObject answer = api.postJsonOk("/api/v1/content", writer, body);
                    assertEquals(BATCH, answer.getJsonArray("results").size());
                }
                double seconds = (System.nanoTime() - t0) / 1e9;
                double cpuMicrosPerItem = (ServerProcesses.cpuTicks() - cpu0) * 1e6 / ServerProcesses.TICKS_PER_SECOND / items;
                String line = String.format(Locale.ROOT, "vocabulary %d round %d detection %-3s %d items in %.1f s:"
                        + " %.0f items/s; server CPU %.0f µs/item; load %s", size, round, on ? "on" : "off", items,
                        seconds, items / seconds, cpuMicrosPerItem, ServerProcesses.load());
                System.out.println("BENCH " + line);
                report.append(line).append('\n');
            }
        }
    }

    private void warmUp(String writer, String run) {
        for (String body : stream(run + "-warm", 1000, new Random(99))) {
            api.postJsonOk("/api/v1/content", writer, body);
        }
    }

    /** Batches of 100; 1 post in 100 belongs to a campaign of 30 accounts posting within one hour. */
    private static List<String> stream(String tag, int items, Random random) {
        Instant start = Instant.parse("2022-01-01T00:00:00Z").plus(Duration.ofDays(Math.floorMod(tag.hashCode(), 1000)));
        List<String> bodies = new ArrayList<>();
        StringBuilder batch = new StringBuilder();
        for (int k = 0; k < items; k++) {
            Instant at = start.plus(Duration.ofSeconds(k));
            String text;
            String author;
            if (k % 100 == 50) {
                int campaign = k / 3000;
                int member = (k / 100) % 30;
                text = "Campaign " + letters(tag) + " " + letters(Integer.toString(campaign)) + " says vote for the"
                        + " bridge and school budget this spring" + (member % 2 == 0 ? "!" : " now");
                author = "member-" + tag + "-" + k;
            } else {
                StringBuilder s = new StringBuilder();
                for (int w = 0; w < 12 + random.nextInt(10); w++) {
                    s.append(w == 0 ? "" : " ").append(word(random));
                }
                text = s.toString();
                author = "user-" + tag + "-" + random.nextInt(100_000);
            }
            batch.append(batch.length() == 0 ? "" : ",").append("{\"id\":\"bench-" + tag + "-" + k + "\",\"text\":\""
                    + text + "\",\"authorId\":\"" + author + "\",\"authorKind\":\"PERSON\",\"region\":\"US\","
                    + "\"language\":\"en\",\"postedAt\":\"" + at + "\",\"views\":10,\"shares\":1,\"ad\":false}");
            if ((k + 1) % BATCH == 0) {
                bodies.add("{\"items\":[" + batch + "]}");
                batch.setLength(0);
            }
        }
        return bodies;
    }

    /**
     * Makes {@link #word} draw from {@code size} words by Zipf's law; {@code size} 0 draws uniformly from the 59
     * everyday words instead (the first measurements).
     */
    static void useVocabulary(int size) {
        if (size == 0) {
            cumulative = new double[0];
            vocabulary = WORDS;
            return;
        }
        List<String> words = new ArrayList<>(size);
        cumulative = new double[size];
        double sum = 0;
        for (int k = 0; k < size; k++) {
            words.add(k < WORDS.size() ? WORDS.get(k) : "w" + letters(Integer.toString(k, 7)) + letters(Integer.toString(k)));
            sum += 1.0 / (k + 1);
            cumulative[k] = sum;
        }
        vocabulary = words;
    }

    static String word(Random random) {
        if (cumulative.length == 0) {
            return vocabulary.get(random.nextInt(vocabulary.size()));
        }
        double r = random.nextDouble() * cumulative[cumulative.length - 1];
        int at = java.util.Arrays.binarySearch(cumulative, r);
        return vocabulary.get(at >= 0 ? at : -at - 1);
    }

    private static String letters(String s) {
        StringBuilder out = new StringBuilder();
        for (char ch : s.toCharArray()) {
            out.append((char) ('a' + Math.floorMod(ch, 26)));
        }
        return out.toString();
    }
}
