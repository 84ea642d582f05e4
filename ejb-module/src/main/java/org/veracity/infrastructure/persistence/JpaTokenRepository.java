package org.veracity.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.veracity.domain.access.ApiToken;
import org.veracity.domain.access.TokenRepository;

@ApplicationScoped
public class JpaTokenRepository implements TokenRepository {

    @PersistenceContext(unitName = "veracity")
    EntityManager em;

    @Override
    public Optional<ApiToken> findBySecretHash(String secretHash) {
        return em.createQuery("select t from ApiToken t where t.secretHash = :h", ApiToken.class)
                .setParameter("h", secretHash).getResultStream().findFirst();
    }

    @Override
    public Optional<ApiToken> findByName(String name) {
        return em.createQuery("select t from ApiToken t where t.name = :n", ApiToken.class)
                .setParameter("n", name).getResultStream().findFirst();
    }

    @Override
    public List<ApiToken> findDemoTokens() {
        return em.createQuery("select t from ApiToken t where t.demo = true", ApiToken.class).getResultList();
    }

    @Override
    public List<ApiToken> list(String owner) {
        return em.createQuery("select t from ApiToken t where :o is null or t.owner = :o order by t.issuedAt desc, t.id desc",
                ApiToken.class).setParameter("o", owner).getResultList();
    }

    @Override
    public void store(ApiToken token) {
        em.persist(token);
    }
}
