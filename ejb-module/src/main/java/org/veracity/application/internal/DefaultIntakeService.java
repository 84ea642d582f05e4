package org.veracity.application.internal;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.List;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.veracity.application.IntakeResult;
import org.veracity.application.IntakeService;
import org.veracity.domain.access.Actor;
import org.veracity.domain.content.ContentSubmission;
import org.veracity.domain.signal.SignalSubmission;
import org.veracity.infrastructure.persistence.WriteConflicts;

/**
 * R1 under concurrency. An integrator that retries sends the same batch several times at once; the
 * database's unique keys decide which copy stores each id. A batch that loses such a race is rolled
 * back and run again in a new transaction, where the winner's committed ids read as DUPLICATE and its
 * own new ids are stored — so no item is lost, none is stored or audited twice, and nobody sees an error.
 * Only a batch that owns its transaction can be run again; inside a caller's transaction it runs once.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@Interceptors(UseCaseValidation.class)
public class DefaultIntakeService implements IntakeService {

    /** A loser normally succeeds on its second run; more runs absorb deadlocks among many mixed batches. */
    static final int ATTEMPTS = 10;

    private static final Logger LOG = Logger.getLogger(DefaultIntakeService.class.getName());

    @Inject
    IntakeBatch batch;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Override
    public List<IntakeResult> submitContent(List<ContentSubmission> items, Actor actor) {
        return runToCompletion(() -> batch.content(items, actor));
    }

    @Override
    public List<IntakeResult> submitSignals(List<SignalSubmission> signals, Actor actor) {
        return runToCompletion(() -> batch.signals(signals, actor));
    }

    private List<IntakeResult> runToCompletion(Supplier<List<IntakeResult>> run) {
        if (transactions.getTransactionStatus() != Status.STATUS_NO_TRANSACTION) {
            return run.get();
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return run.get();
            } catch (ConcurrentWriteException | EJBException e) {
                if (attempt == ATTEMPTS || !(e instanceof ConcurrentWriteException || WriteConflicts.isConflict(e))) {
                    throw e;
                }
                int done = attempt;
                LOG.info(() -> "an intake batch lost a race with a concurrent one (attempt " + done
                        + "); running it again in a new transaction");
            }
        }
    }
}
