package org.veracity.bench.hoax;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.veracity.domain.hoax.LiarStatements;
import org.veracity.domain.hoax.SemanticIndex;
import org.veracity.domain.hoax.SemanticThresholds;
import org.veracity.infrastructure.embedding.MiniLmSentenceEncoder;

/**
 * The semantic screen's costs (docs/matching.md), a program, not a test: memory of the model and of 100,000
 * variant embeddings, items/s (encode the item + scan 100,000 variants) on one thread, and how long a suggestion
 * takes to be ready when items arrive steadily at 100 items/s and one worker screens them in arrival order.
 * Run it under {@code taskset -c 0} to hold ONNX Runtime to one core (it otherwise uses every core per item).
 * The database steps of the application's worker (claim, store the match, audit, delete) are not included.
 *
 * <p>{@code taskset -c 0 mvn -q -pl ejb-module test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.veracity.bench.hoax.SemanticScreenBenchmark -Dexec.args=../shared/data/liar}
 */
public final class SemanticScreenBenchmark {

    private static final int VARIANTS = 100_000;
    private static final double RATE = 100.0;
    private static final int STEADY_SECONDS = 20;

    public static void main(String[] args) throws Exception {
        List<String> texts = LiarStatements.read(Path.of(args.length > 0 ? args[0] : "../shared/data/liar")).stream()
                .map(LiarStatements.Statement::text).toList();
        System.out.printf(Locale.ROOT, "cores visible: %d; JDK %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));

        long heap0 = usedHeap();
        long rss0 = rss();
        MiniLmSentenceEncoder encoder = new MiniLmSentenceEncoder();
        encoder.encode("warm-up");
        long heap1 = usedHeap();
        long rss1 = rss();
        System.out.printf(Locale.ROOT, "model loaded: heap +%.1f MB, resident (heap + native) +%.1f MB%n",
                (heap1 - heap0) / 1e6, (rss1 - rss0) / 1e6);

        // 100,000 variant embeddings: random unit vectors cost what real ones do (the scan reads every one).
        SemanticIndex index = new SemanticIndex(SemanticThresholds.defaults(), encoder.dimensions());
        Random random = new Random(7);
        for (int v = 0; v < VARIANTS; v++) {
            index.add("e" + (v / 10), "v" + (v % 10 + 1), randomUnit(random, encoder.dimensions()));
        }
        // A few hundred real claims so that suggestions happen as they would.
        for (int v = 0; v < 200; v++) {
            index.add("liar" + v, "v1", encoder.encode(texts.get(v)));
        }
        long heap2 = usedHeap();
        System.out.printf(Locale.ROOT, "%d variant embeddings: %.1f MB of floats (%d × %d × 4 B), heap +%.1f MB%n",
                index.size(), index.embeddingBytes() / 1e6, index.size(), encoder.dimensions(),
                (heap2 - heap1) / 1e6);

        List<String> items = texts.subList(200, Math.min(texts.size(), 500));
        for (int i = 0; i < 100; i++) {
            index.suggest(encoder.encode(items.get(i)), Set.of());
        }
        double[] runs = new double[3];
        long cpu0 = processCpuNanos();
        long suggestions = 0;
        long encodeNanos = 0;
        for (int r = 0; r < runs.length; r++) {
            long start = System.nanoTime();
            for (String item : items) {
                long e0 = System.nanoTime();
                float[] v = encoder.encode(item);
                encodeNanos += System.nanoTime() - e0;
                suggestions += index.suggest(v, Set.of()).size();
            }
            runs[r] = items.size() / ((System.nanoTime() - start) / 1e9);
        }
        double cpuPerItemMs = (processCpuNanos() - cpu0) / 1e6 / (items.size() * runs.length);
        Arrays.sort(runs);
        double perItemMs = 1000.0 / runs[1];
        System.out.printf(Locale.ROOT, "CPU time (all threads of the process) per item: %.2f ms, i.e. %.0f items/s per "
                + "fully available core; load average now %.1f%n", cpuPerItemMs, 1000.0 / cpuPerItemMs,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.printf(Locale.ROOT, "semantic screen, 1 thread, %d items × %d runs: median %.1f items/s "
                        + "(%.2f ms/item, of which encoding %.2f ms); %.2f suggestions/item%n", items.size(),
                runs.length, runs[1], perItemMs, encodeNanos / 1e6 / (items.size() * runs.length),
                suggestions / (double) (items.size() * runs.length));

        // Steady intake at RATE items/s for STEADY_SECONDS; one worker in arrival order.
        LinkedBlockingQueue<long[]> queue = new LinkedBlockingQueue<>();
        int total = (int) (RATE * STEADY_SECONDS);
        List<Long> waits = new ArrayList<>(total);
        Thread worker = new Thread(() -> {
            try {
                for (int n = 0; n < total; n++) {
                    long[] job = queue.take();
                    index.suggest(encoder.encode(items.get((int) job[1] % items.size())), Set.of());
                    waits.add(System.nanoTime() - job[0]);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        worker.start();
        long t0 = System.nanoTime();
        long period = (long) (1e9 / RATE);
        for (int n = 0; n < total; n++) {
            long due = t0 + n * period;
            long sleep = due - System.nanoTime();
            if (sleep > 0) {
                TimeUnit.NANOSECONDS.sleep(sleep);
            }
            queue.add(new long[] {System.nanoTime(), n});
        }
        worker.join();
        long[] w = waits.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "steady %.0f items/s for %d s (%d items): suggestion ready after median %.0f ms, "
                        + "p95 %.0f ms, max %.0f ms; all screened %.1f s after the last arrival%n", RATE,
                STEADY_SECONDS, total, w[w.length / 2] / 1e6, w[(int) (w.length * 0.95)] / 1e6, w[w.length - 1] / 1e6,
                (System.nanoTime() - t0 - (total - 1) * period) / 1e9);
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static float[] randomUnit(Random random, int dimensions) {
        float[] v = new float[dimensions];
        double norm = 0;
        for (int d = 0; d < dimensions; d++) {
            v[d] = (float) random.nextGaussian();
            norm += v[d] * v[d];
        }
        for (int d = 0; d < dimensions; d++) {
            v[d] = (float) (v[d] / Math.sqrt(norm));
        }
        return v;
    }

    private static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    /** Resident set size of this process, from /proc (Linux). */
    private static long rss() throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
            }
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
