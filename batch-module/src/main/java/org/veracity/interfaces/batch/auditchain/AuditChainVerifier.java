package org.veracity.interfaces.batch.auditchain;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.veracity.application.AuditService;
import org.veracity.domain.audit.ChainVerification;

/** Step of {@code verify-audit-chain}: walks the hash chain (R21) and fails the job on the first broken link. */
@Named("auditChainVerifier")
@Dependent
public class AuditChainVerifier extends AbstractBatchlet {

    @Inject
    AuditService audit;

    @Inject
    JobContext job;

    @Override
    public String process() {
        ChainVerification result = audit.verifyChain();
        if (result.intact()) {
            job.setExitStatus("INTACT: " + result.eventsChecked() + " events checked");
            return BatchStatus.COMPLETED.name();
        }
        job.setExitStatus("BROKEN: " + result.problem());
        throw new IllegalStateException("audit chain broken: " + result.problem());
    }
}
