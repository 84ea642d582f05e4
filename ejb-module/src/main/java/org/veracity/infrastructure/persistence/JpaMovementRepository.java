package org.veracity.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.veracity.domain.movement.IdentifierKind;
import org.veracity.domain.movement.Movement;
import org.veracity.domain.movement.MovementRepository;

@ApplicationScoped
public class JpaMovementRepository implements MovementRepository {

    /** Stands in for an empty hashtag list: no folded hashtag contains a space. */
    private static final List<String> NO_TAGS = List.of(" ");

    @PersistenceContext(unitName = "veracity")
    EntityManager em;

    @Override
    public void store(Movement movement) {
        em.persist(movement);
    }

    @Override
    public Optional<Movement> find(long id) {
        return Optional.ofNullable(em.find(Movement.class, id));
    }

    @Override
    public List<Movement> all() {
        return em.createQuery("select m from Movement m order by m.designatedAt desc, m.id desc", Movement.class)
                .getResultList();
    }

    @Override
    public List<Movement> candidatesFor(Collection<String> groupIds, Collection<String> hashtags, Instant postedAt) {
        return em.createQuery("select distinct m from Movement m join m.identifiers i"
                        + " where m.designatedAt <= :t and (m.revokedAt is null or m.revokedAt > :t)"
                        + " and ((i.kind = :group and i.matchKey in :groupIds) or (i.kind = :hashtag and i.matchKey in :tags)"
                        + " or i.kind = :phrase) order by m.designatedAt, m.id", Movement.class)
                .setParameter("t", postedAt)
                .setParameter("group", IdentifierKind.GROUP)
                .setParameter("groupIds", groupIds.isEmpty() ? NO_TAGS : groupIds)
                .setParameter("hashtag", IdentifierKind.HASHTAG)
                .setParameter("tags", hashtags.isEmpty() ? NO_TAGS : hashtags)
                .setParameter("phrase", IdentifierKind.PHRASE)
                .getResultList();
    }
}
