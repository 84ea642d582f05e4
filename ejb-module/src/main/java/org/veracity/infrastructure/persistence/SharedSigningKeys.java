package org.veracity.infrastructure.persistence;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;

/**
 * Keys Veracity draws itself once and every instance shares, kept in {@code signing_key} (one row per purpose).
 * The first instance that needs a key locks its row, finds it empty, draws 256 random bits and stores them; any
 * other instance asking at the same moment waits for the lock and reads the same key. A configured key
 * (docs/operations.md) takes precedence and is never written here.
 */
@Stateless
public class SharedSigningKeys {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "veracity")
    EntityManager em;

    @Inject
    Clock clock;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public byte[] keyFor(String purpose) {
        List<?> rows = em.createNativeQuery("SELECT secret FROM signing_key WHERE purpose = ?1 FOR UPDATE")
                .setParameter(1, purpose).getResultList();
        if (!rows.isEmpty() && rows.get(0) != null) {
            return Base64.getDecoder().decode((String) rows.get(0));
        }
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        String encoded = Base64.getEncoder().encodeToString(key);
        if (rows.isEmpty()) {
            em.createNativeQuery("INSERT INTO signing_key (purpose, secret, created_at) VALUES (?1, ?2, ?3)")
                    .setParameter(1, purpose).setParameter(2, encoded).setParameter(3, clock.instant()).executeUpdate();
        } else {
            em.createNativeQuery("UPDATE signing_key SET secret = ?2, created_at = ?3 WHERE purpose = ?1")
                    .setParameter(1, purpose).setParameter(2, encoded).setParameter(3, clock.instant()).executeUpdate();
        }
        return key;
    }
}
