package org.veracity.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hibernate.Session;
import org.veracity.domain.exemption.DomainOverride;
import org.veracity.domain.exemption.ExemptionList;
import org.veracity.domain.exemption.ExemptionRepository;

@ApplicationScoped
public class JpaExemptionRepository implements ExemptionRepository {

    @PersistenceContext(unitName = "veracity")
    EntityManager em;

    @Override
    public Optional<ExemptionList> activeList() {
        return em.createQuery("select l from ExemptionList l where l.active = true", ExemptionList.class)
                .setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public void lockSwitch() {
        em.createNativeQuery("select id from exemption_switch where id = 1 for update").getSingleResult();
    }

    @Override
    public boolean isOnActiveList(String domain) {
        return ((Number) em.createNativeQuery("select count(*) from exemption_entry e join exemption_list l"
                        + " on l.id = e.list_id where l.active = true and e.domain = ?1")
                .setParameter(1, domain).getSingleResult()).longValue() > 0;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<String, String> userContentHosts() {
        Map<String, String> hosts = new HashMap<>();
        ((List<Object[]>) em.createNativeQuery("select domain, kind from user_content_host").getResultList())
                .forEach(row -> hosts.put((String) row[0], (String) row[1]));
        return hosts;
    }

    @Override
    public Optional<DomainOverride> overrideInForce(String domain, Instant now) {
        return em.createQuery("select o from DomainOverride o where o.domain = :d and o.revokedAt is null"
                        + " and o.createdAt <= :now and (o.expiresAt is null or o.expiresAt > :now)"
                        + " order by o.createdAt desc", DomainOverride.class)
                .setParameter("d", domain).setParameter("now", now).setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public List<DomainOverride> overrides() {
        return em.createQuery("select o from DomainOverride o order by o.createdAt desc", DomainOverride.class)
                .getResultList();
    }

    @Override
    public Optional<DomainOverride> findOverride(long id) {
        return Optional.ofNullable(em.find(DomainOverride.class, id));
    }

    @Override
    public void store(DomainOverride override) {
        em.persist(override);
    }

    @Override
    public void store(ExemptionList list) {
        em.persist(list);
        em.flush();
    }

    @Override
    public Optional<ExemptionList> findList(long id) {
        return Optional.ofNullable(em.find(ExemptionList.class, id));
    }

    @Override
    public void deactivate(ExemptionList list) {
        list.deactivate();
        em.flush();
    }

    @Override
    public void delete(ExemptionList list) {
        em.createNativeQuery("delete from exemption_entry where list_id = ?1").setParameter(1, list.getId())
                .executeUpdate();
        em.remove(list);
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<String> domainsOf(ExemptionList list, int offset, int limit) {
        return em.createNativeQuery("select domain from exemption_entry where list_id = ?1 order by ranking, domain"
                + " offset ?2 rows fetch next ?3 rows only").setParameter(1, list.getId()).setParameter(2, offset)
                .setParameter(3, limit).getResultList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public Set<String> allDomainsOf(ExemptionList list) {
        return new HashSet<>(em.createNativeQuery("select domain from exemption_entry where list_id = ?1")
                .setParameter(1, list.getId()).getResultList());
    }

    @Override
    public int addEntries(long listId, Map<String, Integer> rankedDomains) {
        if (rankedDomains.isEmpty()) {
            return 0;
        }
        int[] added = {0};
        em.unwrap(Session.class).doWork(connection -> {
            // Conditional, so a chunk replayed after a restart adds nothing twice (and a domain keeps its
            // first ranking); executed in order, so each row sees the ones before it.
            try (PreparedStatement insert = connection.prepareStatement("insert into exemption_entry (list_id, domain,"
                    + " ranking) select ?, ?, ? where not exists (select 1 from exemption_entry where list_id = ?"
                    + " and domain = ?)")) {
                for (Map.Entry<String, Integer> e : rankedDomains.entrySet()) {
                    insert.setLong(1, listId);
                    insert.setString(2, e.getKey());
                    insert.setInt(3, e.getValue());
                    insert.setLong(4, listId);
                    insert.setString(5, e.getKey());
                    insert.addBatch();
                }
                for (int count : insert.executeBatch()) {
                    added[0] += count == Statement.SUCCESS_NO_INFO ? 1 : Math.max(count, 0);
                }
            }
        });
        return added[0];
    }

    @Override
    public void recordChanges(long listId, Collection<String> domains, String change) {
        if (domains.isEmpty()) {
            return;
        }
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into exemption_change (list_id, domain, change) values (?, ?, ?)")) {
                for (String domain : domains) {
                    insert.setLong(1, listId);
                    insert.setString(2, domain);
                    insert.setString(3, change);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    @Override
    public List<ExemptionList> history(int limit) {
        return em.createQuery("select l from ExemptionList l order by l.builtAt desc, l.id desc", ExemptionList.class)
                .setMaxResults(limit).getResultList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<String[]> changesOf(ExemptionList list, int limit) {
        List<Object[]> rows = em.createNativeQuery("select domain, change from exemption_change where list_id = ?1"
                + " order by change, domain fetch first ?2 rows only").setParameter(1, list.getId())
                .setParameter(2, limit).getResultList();
        return rows.stream().map(r -> new String[] {(String) r[0], (String) r[1]}).toList();
    }
}
