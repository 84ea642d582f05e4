package org.veracity.domain.importance;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface IssueRepository {

    List<IssueOfImportance> all();

    List<IssueOfImportance> activeAt(Instant t);

    Optional<IssueOfImportance> find(long id);

    Optional<IssueOfImportance> findByName(String name);

    void store(IssueOfImportance issue);
}
