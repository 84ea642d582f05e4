package org.veracity.domain.access;

import java.util.Optional;

public interface DeskUserRepository {

    Optional<DeskUser> findByUsername(String username);

    void store(DeskUser user);
}
