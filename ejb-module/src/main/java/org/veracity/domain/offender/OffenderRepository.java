package org.veracity.domain.offender;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface OffenderRepository {

    void store(RepeatOffender offender);

    Optional<RepeatOffender> inForce(RepeatOffender.SubjectKind kind, String subject, Instant now);

    /** Penalties in force at {@code now} for any of these authors or domains. */
    List<RepeatOffender> inForceFor(Collection<String> authors, Collection<String> domains, Instant now);

    /** Every penalty in force at {@code now} or later, in the order {@link #inForceFor} gives them. */
    List<RepeatOffender> notLapsed(Instant now);

    List<RepeatOffender> recent(int limit);
}
