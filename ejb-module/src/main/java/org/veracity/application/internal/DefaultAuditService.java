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
        ChainWalk walk = new ChainWalk(keys, events.checkpoints());
        List<AuditEvent> page = events.page(0, PAGE);
        while (!page.isEmpty()) {
            for (AuditEvent e : page) {
                if (!walk.accept(e)) {
                    return walk.result();
                }
            }
            page = events.page(page.get(page.size() - 1).getSequence(), PAGE);
        }
        return walk.result();
    }

    @Override
    public PublishedCheckpoint checkpoint() {
        ChainHead head = events.lockHead();
        List<AuditCheckpoint> latest = events.latestCheckpoints(1);
        if (!latest.isEmpty() && latest.get(0).getLastSequence() == head.getLastSequence()) {
            return PublishedCheckpoint.of(latest.get(0));
        }
        long number = latest.isEmpty() ? 1 : latest.get(0).getNumber() + 1;
        AuditCheckpoint checkpoint = AuditCheckpoint.of(number, head.getLastSequence(), head.getLastHash(),
                clock.instant(), keys.sealing());
        events.store(checkpoint);
        return PublishedCheckpoint.of(checkpoint);
    }

    @Override
    public List<PublishedCheckpoint> latestCheckpoints(int limit) {
        return events.latestCheckpoints(Math.max(1, Math.min(limit, MOST_PUBLISHED))).stream()
                .map(PublishedCheckpoint::of).toList();
    }
}
