package org.veracity.domain.enforcement;

import java.util.List;
import java.util.Optional;

public interface RemovalExceptionRepository {

    List<RemovalException> all();

    Optional<RemovalException> find(String code);

    void store(RemovalException exception);
}
