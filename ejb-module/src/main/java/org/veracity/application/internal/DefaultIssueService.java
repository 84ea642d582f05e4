package org.veracity.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.veracity.application.ConflictException;
import org.veracity.application.FieldProblem;
import org.veracity.application.IssueService;
import org.veracity.application.RefusedException;
import org.veracity.domain.access.Actor;
import org.veracity.domain.access.Permission;
import org.veracity.domain.access.Permissions;
import org.veracity.domain.audit.AuditAction;
import org.veracity.domain.audit.AuditEntry;
import org.veracity.domain.audit.AuditSubject;
import org.veracity.domain.importance.IssueOfImportance;
import org.veracity.domain.importance.IssueRepository;

@Stateless
@Interceptors(UseCaseValidation.class)
public class DefaultIssueService implements IssueService {

    @Inject
    IssueRepository issues;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Override
    public List<IssueView> all() {
        Instant now = clock.instant();
        return issues.all().stream().map(i -> new IssueView(i.getId(), i.getName(), i.getRegions(), i.getTopics(),
                i.getKeywords(), i.getActiveFrom(), i.getActiveUntil(), i.isActiveAt(now))).toList();
    }

    @Override
    public long create(String name, List<String> regions, List<String> topics, List<String> keywords,
                       Instant activeFrom, Instant activeUntil, Actor actor) {
        Permissions.require(actor, "keeping issues of importance", Permission.EDIT_ISSUES);
        if (issues.findByName(name).isPresent()) {
            throw new ConflictException("an issue named " + name + " exists");
        }
        if (topics.isEmpty() && keywords.isEmpty()) {
            throw new RefusedException("nothing to match", List.of(new FieldProblem("topics",
                    "name at least one topic or keyword")));
        }
        if (activeUntil != null && !activeUntil.isAfter(activeFrom)) {
            throw new RefusedException("empty window", List.of(new FieldProblem("activeUntil", "must be after the start")));
        }
        IssueOfImportance issue = new IssueOfImportance(name, lower(regions), lower(topics), lower(keywords),
                activeFrom, activeUntil);
        issues.store(issue);
        audit.record(AuditEntry.of(actor, AuditSubject.ISSUE, name, AuditAction.ISSUE_CREATED, null,
                "regions " + regions + ", topics " + topics + ", keywords " + keywords));
        return issue.getId();
    }

    private static List<String> lower(List<String> values) {
        return values.stream().map(v -> v.trim().toLowerCase(Locale.ROOT)).filter(v -> !v.isEmpty()).distinct().toList();
    }
}
