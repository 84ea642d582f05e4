package org.veracity.bench;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.veracity.application.DistributionProjectionService;
import org.veracity.domain.distribution.DistributionProjection;

/**
 * Benchmark deployments only (compiled and added by {@code run-benchmark.sh}, like {@link BareDistributionResource}):
 * rebuilds the distribution projection after the data set was loaded behind the server's back, reports its size, and
 * sets it aside so the same server can be measured answering from the database.
 */
@Path("bench/projection")
@Produces(MediaType.TEXT_PLAIN)
public class ProjectionBenchResource {

    @Inject
    DistributionProjectionService service;

    @Inject
    DistributionProjection projection;

    @GET
    public String status() {
        DistributionProjectionService.Status s = service.status();
        return "available=" + s.available() + " complete=" + s.complete() + " items=" + s.items() + " entries="
                + s.entries() + " bytes=" + s.bytes() + " backup_bytes=" + s.backupBytes() + " partitions=" + s.partitions() + " members=" + s.members()
                + " local_entries=" + s.localEntries();
    }

    /** Sets the projection aside and rebuilds it from the database; answers the milliseconds it took. */
    @POST
    @Path("rebuild")
    public String rebuild() {
        projection.markComplete(false);
        long started = System.nanoTime();
        String outcome = service.reconcilePenaltiesOrRebuild();
        return outcome + " in " + (System.nanoTime() - started) / 1_000_000 + " ms";
    }

    @POST
    @Path("complete")
    public String complete(@QueryParam("value") boolean value) {
        projection.markComplete(value);
        return status();
    }
}
