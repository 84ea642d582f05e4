package org.veracity.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.net.URI;
import java.net.URISyntaxException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import org.veracity.application.FieldProblem;
import org.veracity.application.InvalidInputException;
import org.veracity.application.SubscriptionService;
import org.veracity.application.UnknownSubjectException;
import org.veracity.domain.access.Actor;
import org.veracity.domain.access.NotPermittedException;
import org.veracity.domain.access.Permission;
import org.veracity.domain.access.Permissions;
import org.veracity.domain.access.Role;
import org.veracity.domain.audit.AuditAction;
import org.veracity.domain.audit.AuditEntry;
import org.veracity.domain.audit.AuditSubject;
import org.veracity.domain.notification.OutboxRepository;
import org.veracity.domain.notification.Topics;
import org.veracity.domain.notification.WebhookSubscription;

@Stateless
@Interceptors(UseCaseValidation.class)
public class DefaultSubscriptionService implements SubscriptionService {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    OutboxRepository outbox;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Override
    public IssuedSubscription create(String url, List<String> topics, Actor actor) {
        Permissions.require(actor, "managing webhook subscriptions", Permission.MANAGE_SUBSCRIPTIONS);
        List<FieldProblem> problems = new ArrayList<>();
        checkUrl(url.strip()).ifPresent(m -> problems.add(new FieldProblem("url", m)));
        LinkedHashSet<String> chosen = new LinkedHashSet<>();
        for (String t : topics) {
            String topic = t == null ? "" : t.strip();
            if (Topics.wellFormed(topic)) {
                chosen.add(topic);
            } else {
                problems.add(new FieldProblem("topics", "\"" + t + "\" is not a topic; topics are lower-case words"
                        + " joined by dots, e.g. " + Topics.ITEM_TREATMENT + " or " + Topics.ESCALATION_STATUS));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String secret = "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes());
        WebhookSubscription s = new WebhookSubscription(ownerOf(actor), url.strip(), List.copyOf(chosen), secret,
                actor.name(), clock.instant());
        outbox.store(s);
        audit.record(AuditEntry.of(actor, AuditSubject.SUBSCRIPTION, String.valueOf(s.getId()),
                AuditAction.SUBSCRIPTION_CREATED, null,
                s.getOwner() + ": " + s.getUrl() + " for " + String.join(", ", s.getTopics())));
        return new IssuedSubscription(view(s), secret);
    }

    @Override
    public List<SubscriptionView> list(Actor actor) {
        Permissions.require(actor, "managing webhook subscriptions", Permission.MANAGE_SUBSCRIPTIONS);
        return (actor.has(Role.ADMIN) ? outbox.subscriptions() : outbox.subscriptionsOf(ownerOf(actor))).stream()
                .map(DefaultSubscriptionService::view).toList();
    }

    @Override
    public void delete(long id, Actor actor) {
        Permissions.require(actor, "managing webhook subscriptions", Permission.MANAGE_SUBSCRIPTIONS);
        WebhookSubscription s = outbox.findSubscription(id).filter(x -> x.getDeletedAt() == null)
                .orElseThrow(() -> new UnknownSubjectException("no webhook subscription " + id));
        if (!actor.has(Role.ADMIN) && !s.getOwner().equals(ownerOf(actor))) {
            throw new NotPermittedException("subscription " + id + " belongs to another organisation");
        }
        s.delete(clock.instant());
        audit.record(AuditEntry.of(actor, AuditSubject.SUBSCRIPTION, String.valueOf(id),
                AuditAction.SUBSCRIPTION_DELETED, null, s.getUrl()));
    }

    /** An integrator subscribes for its token's owner (a partner organisation or a system user). */
    private static String ownerOf(Actor actor) {
        return actor.organisation() != null ? actor.organisation() : actor.name();
    }

    static java.util.Optional<String> checkUrl(String url) {
        try {
            URI uri = new URI(url);
            if (!"https".equalsIgnoreCase(uri.getScheme()) && !"http".equalsIgnoreCase(uri.getScheme())) {
                return java.util.Optional.of("must be an http or https address");
            }
            if (uri.getHost() == null || uri.getUserInfo() != null || uri.getFragment() != null) {
                return java.util.Optional.of("must be an absolute address with a host, without credentials or fragment");
            }
            return java.util.Optional.empty();
        } catch (URISyntaxException e) {
            return java.util.Optional.of("is not a web address: " + e.getReason());
        }
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private static SubscriptionView view(WebhookSubscription s) {
        return new SubscriptionView(s.getId(), s.getOwner(), s.getUrl(), s.getTopics(), s.getCreatedAt(),
                s.getCreatedBy());
    }
}
