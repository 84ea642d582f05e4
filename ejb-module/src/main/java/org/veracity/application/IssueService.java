package org.veracity.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.veracity.domain.access.Actor;

/** R9: issues of importance, kept by specialists and policy leads. */
public interface IssueService {

    List<IssueView> all();

    long create(@NotBlank @Size(max = 200) String name, @NotNull List<String> regions, @NotNull List<String> topics,
                @NotNull List<String> keywords, @NotNull Instant activeFrom, Instant activeUntil, @NotNull Actor actor);

    record IssueView(long id, String name, List<String> regions, List<String> topics, List<String> keywords,
                     Instant activeFrom, Instant activeUntil, boolean activeNow) {
    }
}
