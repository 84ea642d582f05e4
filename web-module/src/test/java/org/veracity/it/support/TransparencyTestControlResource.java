package org.veracity.it.support;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.veracity.application.JobService;
import org.veracity.domain.access.Actor;

/** Test control for issue 13: runs the real {@code recompute-transparency} batch job and waits for its end. */
@Path("test/transparency")
@Produces(MediaType.TEXT_PLAIN)
public class TransparencyTestControlResource {

    @Inject
    JobService jobs;

    /** Starts the job as Veracity's nightly timer would, waits up to two minutes; answers "STATUS exit-status". */
    @POST
    @Path("recompute")
    public String recompute() throws InterruptedException {
        return runToEnd("recompute-transparency", Map.of());
    }

    /** Runs the real {@code publish-open-data} job for a day; answers "STATUS exit-status". */
    @POST
    @Path("publish-open-data")
    public String publish(@jakarta.ws.rs.FormParam("day") String day) throws InterruptedException {
        return runToEnd("publish-open-data", Map.of("day", day));
    }

    private String runToEnd(String job, Map<String, String> parameters) throws InterruptedException {
        long execution = jobs.start(job, parameters, Actor.SYSTEM);
        for (int i = 0; i < 1200; i++) {
            JobService.JobRun run = jobs.run(execution, Actor.SYSTEM);
            if (!run.running()) {
                return run.status() + " " + run.exitStatus();
            }
            Thread.sleep(100);
        }
        return "TIMEOUT";
    }
}
