package org.veracity.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.veracity.application.TransparencyService;
import org.veracity.domain.access.Actor;
import org.veracity.domain.access.Permission;
import org.veracity.domain.access.Permissions;
import org.veracity.domain.audit.AuditAction;
import org.veracity.domain.audit.AuditEntry;
import org.veracity.domain.audit.AuditSubject;
import org.veracity.domain.transparency.EnforcementCount;
import org.veracity.domain.transparency.WeeklyEnforcement;
import org.veracity.domain.transparency.FactCheckFigure;
import org.veracity.domain.transparency.Freshness;
import org.veracity.domain.transparency.PublishedFactCheck;
import org.veracity.domain.transparency.TransparencyRepository;

@Stateless
@Interceptors(UseCaseValidation.class)
public class DefaultTransparencyService implements TransparencyService {

    @Inject
    TransparencyRepository figures;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Override
    public List<Freshness> recompute(Actor actor) {
        Permissions.require(actor, "recomputing the transparency figures", Permission.RUN_JOBS);
        Instant now = clock.instant();
        long events = figures.recomputeEnforcement();
        figures.markRefreshed(Freshness.ENFORCEMENT, now, events);
        long ratings = figures.recomputeFactChecking();
        figures.markRefreshed(Freshness.FACT_CHECKING, now, ratings);
        audit.record(AuditEntry.of(actor, AuditSubject.TRANSPARENCY, "figures", AuditAction.TRANSPARENCY_RECOMPUTED,
                null,
                events + " enforcement events, " + ratings + " current ratings"));
        return List.of(new Freshness(Freshness.ENFORCEMENT, now, events),
                new Freshness(Freshness.FACT_CHECKING, now, ratings));
    }

    @Override
    public Optional<Freshness> freshness(String name) {
        return figures.freshness(name);
    }

    @Override
    public List<EnforcementCount> enforcement(String region, int offset, int limit) {
        return figures.enforcement(region == null || region.isBlank() ? null : region, offset, limit);
    }

    @Override
    public List<WeeklyEnforcement> enforcementPerWeek(String region) {
        return figures.enforcementPerWeek(region == null || region.isBlank() ? null : region);
    }

    @Override
    public List<String> enforcementRegions() {
        return figures.enforcementRegions();
    }

    @Override
    public List<FactCheckFigure> factCheckFigures() {
        return figures.factCheckFigures();
    }

    @Override
    public List<PublishedFactCheck> publishedFactChecks(long beforeId, int limit) {
        return figures.publishedFactChecks(beforeId, limit);
    }

    @Override
    public Optional<PublishedFactCheck> publishedFactCheck(long id) {
        return figures.publishedFactCheck(id);
    }
}
