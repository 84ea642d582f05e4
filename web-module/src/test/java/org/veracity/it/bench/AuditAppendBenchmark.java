package org.veracity.it.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.veracity.it.support.VeracityIT;

/**
 * Not a test (its name does not end in IT, so {@code mvn verify} leaves it out): issue 15's audit append benchmark on
 * Payara Micro and PostgreSQL. {@code WRITERS} concurrent clients each append audit events about a subject of their
 * own, one event per transaction, through the test-control endpoint {@code /api/test/audit/append} (AuditTrail.record
 * in a transaction, as every use case does), for {@code SECONDS} after a warm-up; prints events/s, per-request
 * p50/p99 and the load average. Each number of writers is measured once with nothing after the append and once
 * with {@code WORK_MILLIS} of waiting after it in the same transaction, as a use case goes on working after its
 * first audit event while the transaction is open. docs/benchmarks.md, "Audit append", has the command and the figures. Run it like one
 * IT class, on a database of its own: {@code -Dit.test=AuditAppendBenchmark -Dveracity.it.database=…}.
 */
class AuditAppendBenchmark extends VeracityIT {

    /** Concurrent writers; a list measures each number in turn, in one server. */
    private static final String WRITERS = System.getProperty("veracity.bench.writers", "1,8");
    /** Milliseconds the transaction stays open after its append; a list measures each. */
    private static final String WORK_MILLIS = System.getProperty("veracity.bench.workMillis", "0,20");
    private static final int SECONDS = Integer.getInteger("veracity.bench.seconds", 30);
    private static final int WARM_UP_SECONDS = Integer.getInteger("veracity.bench.warmUp", 10);
    private static final Path REPORT = Path.of("target", "audit-append-bench.md");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void measure() throws Exception {
        StringBuilder report = new StringBuilder("| work ms | writers | events | seconds | events/s | p50 ms | p99 ms"
                + " | load (1/5/15) |\n| --- | --- | --- | --- | --- | --- | --- | --- |\n");
        run(8, 0, WARM_UP_SECONDS);
        for (String work : WORK_MILLIS.split(",")) {
            for (String writers : WRITERS.split(",")) {
                String loadBefore = load();
                Result r = run(Integer.parseInt(writers.trim()), Integer.parseInt(work.trim()), SECONDS);
                report.append(String.format(Locale.ROOT, "| %s | %s | %d | %.1f | %.0f | %.1f | %.1f | %s → %s |%n",
                        work.trim(), writers.trim(), r.events, r.seconds, r.events / r.seconds, r.percentile(0.50),
                        r.percentile(0.99), loadBefore, load()));
            }
        }
        Files.writeString(REPORT, report);
        System.out.println("AUDIT APPEND BENCHMARK\n" + report);
    }

    private Result run(int writers, int workMillis, int seconds) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        long start = System.nanoTime();
        try {
            List<Future<List<Long>>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                String subject = "bench-" + UUID.randomUUID();
                done.add(pool.submit(() -> {
                    List<Long> latencies = new ArrayList<>();
                    HttpRequest append = HttpRequest.newBuilder(URI.create(api.base() + "/api/test/audit/append"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString("subject=" + subject + "&count=1&workMillis=" + workMillis))
                            .build();
                    while (System.nanoTime() < deadline) {
                        long t = System.nanoTime();
                        HttpResponse<String> answer = http.send(append, HttpResponse.BodyHandlers.ofString());
                        if (answer.statusCode() != 200) {
                            throw new IllegalStateException("append answered " + answer.statusCode() + ": " + answer.body());
                        }
                        latencies.add(System.nanoTime() - t);
                    }
                    return latencies;
                }));
            }
            List<Long> all = new ArrayList<>();
            for (Future<List<Long>> f : done) {
                all.addAll(f.get());
            }
            return new Result(all, (System.nanoTime() - start) / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }

    private static String load() throws java.io.IOException {
        String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
        return parts[0] + "/" + parts[1] + "/" + parts[2];
    }

    private static final class Result {
        final List<Long> latencies;
        final long events;
        final double seconds;

        Result(List<Long> latencies, double seconds) {
            this.latencies = latencies;
            Collections.sort(latencies);
            this.events = latencies.size();
            this.seconds = seconds;
        }

        double percentile(double p) {
            return latencies.isEmpty() ? 0 : latencies.get((int) Math.min(latencies.size() - 1, p * latencies.size())) / 1e6;
        }
    }
}
