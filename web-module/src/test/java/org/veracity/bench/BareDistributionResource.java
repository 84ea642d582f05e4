package org.veracity.bench;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.veracity.domain.distribution.DistributionAnswer;
import org.veracity.interfaces.rest.distribution.DistributionItems;
import org.veracity.interfaces.rest.distribution.DistributionRequest;

/**
 * The R22 benchmark's floor: the same request and answer classes as {@code DistributionResource}, the
 * same MOXy JSON serialisation in the same server, but the answers come from memory. They are rebuilt
 * from the item number by the rules that {@code src/test/bench/distribution/load-data.sql} used to fill
 * the database, so the payload has the same shape and about the same size as the real answer.
 * No bearer token, no EJB, no database.
 * <p>
 * Benchmark deployments only: {@code run-benchmark.sh} compiles this class and adds it to a copy of the
 * WAR. The production WAR does not contain it.
 */
@Path("bench/bare-distribution")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BareDistributionResource {

    private static final long BASE = 1_000_000_000_000L;
    private static final long ITEMS = 1_000_000L;
    /** Microsecond precision, like the timestamps read back from PostgreSQL. */
    private static final Instant LOADED = Instant.now().truncatedTo(ChronoUnit.MICROS);

    @POST
    public DistributionItems answer(DistributionRequest request) {
        List<DistributionAnswer> answers = new ArrayList<>(request.ids.size());
        for (String id : request.ids) {
            answers.add(answer(id));
        }
        return DistributionItems.of(answers);
    }

    static DistributionAnswer answer(String id) {
        long n = itemNumber(id);
        if (n < 1 || n > ITEMS) {
            return DistributionAnswer.unknown(id);
        }
        List<DistributionAnswer.Label> labels = new ArrayList<>();
        if (n % 200 == 0) {
            labels.add(new DistributionAnswer.Label("WARNING", n % 400 == 0
                    ? "False information. Checked by independent fact-checkers."
                    : "Partly false information. Checked by independent fact-checkers.", "https://factcheck.example/" + n));
        } else if (n % 200 == 100) {
            labels.add(new DistributionAnswer.Label("CONTEXT",
                    "Missing context. Independent fact-checkers say this could mislead people.",
                    "https://factcheck.example/context/" + n));
        }
        List<String> reasons = new ArrayList<>();
        if (n % 200 == 7 || n % 1000 == 13) {
            reasons.add(n % 200 == 7 ? "removed" : "blocked");
            return new DistributionAnswer(id, 0.0, false, false, labels, reasons);
        }
        double product = 1.0;
        boolean ads = true;
        if (n % 200 == 0) {
            double m = n % 400 == 0 ? 0.2 : 0.5;
            product *= m;
            reasons.add("rating x" + m + " until lifted (fact-check-ratings@v1)");
        } else if (n % 10 == 0) {
            product *= 0.5;
            reasons.add("temporary pending review x0.5 until "
                    + LOADED.minus(Duration.ofHours(1)).minus(Duration.ofDays(n % 5)).plus(Duration.ofHours(168))
                    + " (temporary-demotion@v1)");
        }
        Instant offenderEnds = LOADED.plus(Duration.ofDays(80));
        if ((n % 200_000) % 250 == 0) {
            product *= 0.5;
            ads = false;
            reasons.add("repeat offender (author author-" + (n % 200_000) + ") x0.5 until " + offenderEnds
                    + " (repeat-offenders@v1)");
        }
        if (n % 10 < 3 && ((n / 10) % 5000) % 25 == 0) {
            product *= 0.5;
            ads = false;
            reasons.add("repeat offender (domain site" + ((n / 10) % 5000) + ".example) x0.5 until " + offenderEnds
                    + " (repeat-offenders@v1)");
        }
        if (n % 400 == 0) {
            ads = false;
            reasons.add("ads rejected: rated FALSE");
        }
        return new DistributionAnswer(id, product, true, ads, labels, reasons);
    }

    private static long itemNumber(String id) {
        if (id == null || !id.startsWith("post_") || id.length() > 24) {
            return -1;
        }
        try {
            return Long.parseLong(id, 5, id.length(), 10) - BASE;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
