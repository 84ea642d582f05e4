package org.veracity.domain.audit;

import java.util.Optional;

/** The audit keys this server holds: the one that seals new events and checkpoints, and older ones to verify. */
public interface AuditKeyring {

    /** The key for new seals; empty when none is configured, and then nothing new is sealed. */
    Optional<AuditKey> sealing();

    /** The key with this id, current or retired, if this server holds it. */
    Optional<AuditKey> byId(String id);
}
