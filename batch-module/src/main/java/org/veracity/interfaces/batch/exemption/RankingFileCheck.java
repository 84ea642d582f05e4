package org.veracity.interfaces.batch.exemption;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;

/** First step of {@code rebuild-exemption-list}: rejects the whole file, before anything is staged, if it cannot be a ranking. */
@Named("rankingFileCheck")
@Dependent
public class RankingFileCheck extends AbstractBatchlet {

    @Inject
    RebuildSettings settings;

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    @Override
    public String process() {
        RankingSurvey survey = RankingSurvey.of(settings.file());
        Optional<String> problem = survey.problem(settings.topN(), settings.maxUnreadableShare());
        if (problem.isPresent()) {
            job.setExitStatus("REJECTED " + settings.file().getFileName() + ": " + problem.get());
            throw new RankingRejectedException(settings.file() + " was rejected, the list in force stays: " + problem.get());
        }
        step.setExitStatus("ACCEPTED: " + survey.summary());
        return BatchStatus.COMPLETED.name();
    }
}
