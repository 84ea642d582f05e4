package org.veracity.interfaces.batch.exemption;

import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.veracity.application.JobService;
import org.veracity.interfaces.batch.RunParameters;

/** A rebuild's parameters ({@code file}, {@code source}, {@code topN}, {@code maxUnreadableShare}), defaults from configuration. */
@Dependent
public class RebuildSettings {

    @Inject
    JobContext job;

    @Inject
    @ConfigProperty(name = "veracity.exemption.top-n")
    int configuredTopN;

    @Inject
    @ConfigProperty(name = "veracity.exemption.max-unreadable-share")
    double configuredMaxUnreadableShare;

    Path file() {
        return Path.of(RunParameters.get(job, JobService.FILE)
                .orElseThrow(() -> new IllegalArgumentException("no ranking file given (parameter file)")));
    }

    /** What the list will say it was built from: the source parameter, else the file's name. */
    String source() {
        String source = RunParameters.get(job, "source").orElseGet(() -> "ranking file " + file().getFileName());
        return source.length() <= 500 ? source : source.substring(0, 500);
    }

    int topN() {
        return RunParameters.get(job, "topN").map(Integer::parseInt).orElse(configuredTopN);
    }

    double maxUnreadableShare() {
        return RunParameters.get(job, "maxUnreadableShare").map(Double::parseDouble).orElse(configuredMaxUnreadableShare);
    }
}
