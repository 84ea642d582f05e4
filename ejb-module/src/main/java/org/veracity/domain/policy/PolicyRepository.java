package org.veracity.domain.policy;

import java.util.List;
import java.util.Optional;

public interface PolicyRepository {

    List<Policy> catalogue();

    Optional<Policy> findByCode(String code);
}
