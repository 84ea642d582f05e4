package org.veracity.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.Clock;
import java.util.List;
import org.veracity.application.AuditService;
import org.veracity.application.PublishedCheckpoint;
import org.veracity.domain.audit.AuditCheckpoint;
import org.veracity.domain.audit.AuditEvent;
import org.veracity.domain.audit.AuditKeyring;
import org.veracity.domain.audit.AuditRepository;
import org.veracity.domain.audit.AuditWalk;
import org.veracity.domain.audit.ChainHead;
import org.veracity.domain.audit.ChainVerification;
import org.veracity.domain.audit.ChainWalk;

@Stateless
@Interceptors(UseCaseValidation.class)
public class DefaultAuditService implements AuditService {

    private static final int PAGE = 1000;
    private static final int MOST_PUBLISHED = 200;

    @Inject
    AuditRepository events;

    @Inject
    AuditKeyring keys;

    @Inject
    Clock clock;

    @Override
    public ChainVerification verifyChain() {
        // Checkpoints before heads: no checkpoint read then records a chain further than its head read after.
        List<AuditCheckpoint> checkpoints = events.checkpoints();
        AuditWalk log = new AuditWalk(keys, checkpoints, events.heads());
        boolean intact = true;
        for (int chain : log.chains()) {
            intact = log.end(walkChain(log, chain));
            if (!intact) {
                break;
            }
        }
        if (intact) {
            log.eventsBeyondHeads(events.eventsBeyondHeads());
        }
        return log.result();
    }

    private ChainWalk walkChain(AuditWalk log, int chain) {
        ChainWalk walk = log.walk(chain);
        long end = log.endOf(chain);
        List<AuditEvent> page = events.page(chain, 0, end, PAGE);
        while (!page.isEmpty()) {
            for (AuditEvent e : page) {
                if (!walk.accept(e)) {
                    return walk;
                }
            }
            page = events.page(chain, page.get(page.size() - 1).getPosition(), end, PAGE);
        }
        return walk;
    }

    /**
     * Binds every chain's head, read at one moment, into a checkpoint linked to the previous one. Writers are not
     * held: the heads are read as committed, and only other instances taking a checkpoint wait.
     */
    @Override
    public PublishedCheckpoint checkpoint() {
        events.lockCheckpoints();
        List<AuditCheckpoint> latest = events.latestCheckpoints(1);
        List<ChainHead> heads = events.heads();
        long number = latest.isEmpty() ? 1 : latest.get(0).getNumber() + 1;
        String previous = latest.isEmpty() ? AuditEvent.GENESIS : latest.get(0).getHeadHash();
        AuditCheckpoint checkpoint = AuditCheckpoint.of(number, heads, previous, clock.instant(), keys.sealing());
        if (!latest.isEmpty() && checkpoint.getHeads().equals(latest.get(0).getHeads())) {
            return PublishedCheckpoint.of(latest.get(0));
        }
        events.store(checkpoint);
        return PublishedCheckpoint.of(checkpoint);
    }

    @Override
    public List<PublishedCheckpoint> latestCheckpoints(int limit) {
        return events.latestCheckpoints(Math.max(1, Math.min(limit, MOST_PUBLISHED))).stream()
                .map(PublishedCheckpoint::of).toList();
    }
}
