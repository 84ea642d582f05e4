package org.veracity.it.support;

import jakarta.batch.api.chunk.listener.AbstractChunkListener;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * A copy of the real expire-demotions job whose first execution stops after one chunk, so that a test can
 * restart it (NightlyJobsIT). It is in every test deployment: a job runs only when a test starts it by name.
 */
public final class InterruptedExpiry {

    public static final String JOB = "expire-demotions-interrupted";

    private InterruptedExpiry() {
    }

    static WebArchive addTo(WebArchive war) {
        String job;
        try (InputStream in = InterruptedExpiry.class.getResourceAsStream("/META-INF/batch-jobs/expire-demotions.xml")) {
            job = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String interrupted = job.replace("id=\"expire-demotions\"", "id=\"" + JOB + "\"")
                .replace("<step id=\"close-lapsed\">", "<step id=\"close-lapsed\"><listeners>"
                        + "<listener ref=\"" + StopAfterFirstChunk.class.getName() + "\"/></listeners>");
        return war.addClass(StopAfterFirstChunk.class)
                .addAsResource(new StringAsset(interrupted), "META-INF/batch-jobs/" + JOB + ".xml");
    }

    /**
     * Stops the first execution of its job instance once its first chunk is committed. Named by class (not a
     * CDI bean: CDI skips a class nested in one missing from the WAR); the batch runtime injects the job
     * context itself.
     */
    public static class StopAfterFirstChunk extends AbstractChunkListener {

        @Inject
        JobContext job;

        private boolean stopping;

        @Override
        public void afterChunk() {
            JobOperator operator = BatchRuntime.getJobOperator();
            if (!stopping && operator.getJobExecutions(operator.getJobInstance(job.getExecutionId())).size() == 1) {
                stopping = true;
                operator.stop(job.getExecutionId());
            }
        }
    }
}
