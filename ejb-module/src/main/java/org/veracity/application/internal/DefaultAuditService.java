package org.veracity.application.internal;

import jakarta.ejb.Stateless;
import jakarta.interceptor.Interceptors;
import jakarta.inject.Inject;
import java.util.List;
import org.veracity.application.AuditService;
import org.veracity.domain.audit.AuditEvent;
import org.veracity.domain.audit.AuditRepository;
import org.veracity.domain.audit.ChainVerification;

@Stateless
@Interceptors(UseCaseValidation.class)
public class DefaultAuditService implements AuditService {

    private static final int PAGE = 1000;

    @Inject
    AuditRepository events;

    @Override
    public ChainVerification verifyChain() {
        String previous = AuditEvent.GENESIS;
        long expectedSequence = 1;
        long checked = 0;
        List<AuditEvent> page = events.page(0, PAGE);
        while (!page.isEmpty()) {
            for (AuditEvent e : page) {
                if (e.getSequence() != expectedSequence) {
                    return new ChainVerification(checked, expectedSequence, "event " + expectedSequence + " is missing");
                }
                if (!e.followsIntactly(previous)) {
                    return new ChainVerification(checked, e.getSequence(),
                            "event " + e.getSequence() + " does not match its hash or its predecessor");
                }
                previous = e.getHash();
                expectedSequence++;
                checked++;
            }
            page = events.page(page.get(page.size() - 1).getSequence(), PAGE);
        }
        return new ChainVerification(checked, null, null);
    }
}
