package org.veracity.domain.access;

import java.util.List;
import java.util.Optional;

public interface DeskUserRepository {

    Optional<DeskUser> findByUsername(String username);

    void store(DeskUser user);

    /** Every user by name; with an organisation, only its members. */
    List<DeskUser> list(String organisation);

    boolean isEmpty();

    /** Whether the first-start setup has created the first admin (or the database had users before it existed). */
    boolean isSetupComplete();

    /** Closes the first-start setup for good; fails if another instance closed it first. */
    void completeSetup(String adminName, java.time.Instant at);
}
