package org.veracity.infrastructure.audit;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.veracity.domain.audit.AuditKey;
import org.veracity.domain.audit.AuditKeyring;

/**
 * The audit keys from the environment (docs/operations.md, "The audit key"): {@code veracity.audit.key}
 * seals, {@code veracity.audit.key-id} names it, {@code veracity.audit.retired-keys} ({@code id:base64,…})
 * still verify what older keys sealed. The secrets have no default and are never logged; without a key,
 * new events and checkpoints go unsealed and a warning says so at start.
 */
@ApplicationScoped
public class ConfiguredAuditKeys implements AuditKeyring {

    private static final Logger LOG = Logger.getLogger(ConfiguredAuditKeys.class.getName());

    @Inject
    @ConfigProperty(name = "veracity.audit.key")
    Optional<String> key;

    @Inject
    @ConfigProperty(name = "veracity.audit.key-id")
    String keyId;

    @Inject
    @ConfigProperty(name = "veracity.audit.retired-keys")
    Optional<String> retiredKeys;

    private AuditKey sealing;
    private final Map<String, AuditKey> byId = new LinkedHashMap<>();

    @PostConstruct
    void read() {
        retiredKeys.filter(s -> !s.isBlank()).ifPresent(list -> {
            for (String pair : list.split(",")) {
                int colon = pair.indexOf(':');
                if (colon < 1) {
                    throw new IllegalStateException("veracity.audit.retired-keys: each entry is id:base64-secret");
                }
                String id = pair.substring(0, colon).trim();
                byId.put(id, new AuditKey(id, decode("veracity.audit.retired-keys (" + id + ")", pair.substring(colon + 1))));
            }
        });
        key.filter(s -> !s.isBlank()).ifPresentOrElse(secret -> {
            sealing = new AuditKey(keyId.trim(), decode("veracity.audit.key", secret));
            byId.put(sealing.id(), sealing);
            LOG.info(() -> "Audit events and checkpoints are sealed with audit key '" + sealing.id() + "'");
        }, () -> LOG.warning("No audit key (veracity.audit.key): new audit events and checkpoints are NOT sealed,"
                + " so whoever can write the database can re-hash the audit chain undetected. See docs/operations.md."));
    }

    private static byte[] decode(String what, String base64) {
        try {
            return Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            // The message of the decoder's exception may quote the secret: it is not passed on.
            throw new IllegalStateException(what + " is not valid Base64");
        }
    }

    @Override
    public Optional<AuditKey> sealing() {
        return Optional.ofNullable(sealing);
    }

    @Override
    public Optional<AuditKey> byId(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }
}
