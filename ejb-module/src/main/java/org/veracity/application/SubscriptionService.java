package org.veracity.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.veracity.domain.access.Actor;

/**
 * R20: webhook endpoints. An integrator creates, lists and deletes the subscriptions of its token's owner (a
 * partner organisation or a system user); an ADMIN sees and deletes every one. The signing secret is in the
 * answer to create and nowhere else shown.
 */
public interface SubscriptionService {

    IssuedSubscription create(@NotBlank @Size(max = 2000) String url,
                              @NotNull @NotEmpty(message = "name at least one topic") List<String> topics,
                              @NotNull Actor actor);

    List<SubscriptionView> list(@NotNull Actor actor);

    void delete(long id, @NotNull Actor actor);

    record SubscriptionView(long id, String owner, String url, List<String> topics, Instant createdAt,
                            String createdBy) {
    }

    record IssuedSubscription(SubscriptionView subscription, String secret) {
    }
}
