package org.veracity.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.veracity.domain.access.Actor;

import java.time.Instant;
import java.util.List;

/** The public policy catalogue (R14, R23). */
public interface PolicyCatalogService {

    List<PolicyView> catalogue();

    /** R14: a policy lead publishes the next version of a policy, taking effect now or later, never earlier. */
    VersionView publishVersion(@NotBlank(message = "is required") String policyCode,
                               @NotNull(message = "is required") Instant effectiveFrom,
                               @NotBlank(message = "is required") @Size(max = 4000, message = "must be at most 4000 characters") String summary,
                               @NotNull Actor actor);

    record PolicyView(String code, String name, String ruleRef, String description, List<VersionView> versions) {
        public PolicyView {
            versions = List.copyOf(versions);
        }
    }

    record VersionView(String reference, int number, Instant effectiveFrom, String summary) {
    }
}
