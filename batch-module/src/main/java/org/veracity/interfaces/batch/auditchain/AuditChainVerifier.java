package org.veracity.interfaces.batch.auditchain;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.veracity.application.AuditService;
import org.veracity.domain.audit.ChainVerification;

/** Step of {@code verify-audit-chain}: walks the hash chains (R21), checks each event's seal and
 * every published checkpoint, and fails the job on the first broken link. */
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
        job.setExitStatus(result.summary());
        if (result.intact()) {
            return BatchStatus.COMPLETED.name();
        }
        throw new IllegalStateException("audit chain broken: " + result.problem());
    }
}
