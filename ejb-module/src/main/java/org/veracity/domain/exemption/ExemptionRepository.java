package org.veracity.domain.exemption;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

public interface ExemptionRepository {

    Optional<ExemptionList> activeList();

    /** Waits for, then holds until commit, the lock that serialises switching the active list. */
    void lockSwitch();

    boolean isOnActiveList(String domain);

    /** The user-content host kinds by domain (VIDEO, SOCIAL, BLOGGING, FILE_SHARING, SHORTENER). */
    Map<String, String> userContentHosts();

    Optional<DomainOverride> overrideInForce(String domain, Instant now);

    List<DomainOverride> overrides();

    Optional<DomainOverride> findOverride(long id);

    void store(DomainOverride override);

    /** Stores a list and writes it at once: its entries are staged by JDBC batches that refer to its row. */
    void store(ExemptionList list);

    Optional<ExemptionList> findList(long id);

    /**
     * Takes a list out of force and writes that at once, before another list is activated: at most one list may be
     * active at any moment, and the database holds to it row by row.
     */
    void deactivate(ExemptionList list);

    /** Deletes a list that never came into force, with its staged entries. */
    void delete(ExemptionList list);

    /** Ranked domains of a list, best first. */
    List<String> domainsOf(ExemptionList list, int offset, int limit);

    Set<String> allDomainsOf(ExemptionList list);

    /**
     * Stages ranked domains on a list in one JDBC batch, in the given order; a domain already on the
     * list keeps its first (best) ranking. Answers how many were added.
     */
    int addEntries(long listId, Map<String, Integer> rankedDomains);

    /** Records, in one JDBC batch, that these domains entered or left the list ({@code change}). */
    void recordChanges(long listId, Collection<String> domains, String change);

    List<ExemptionList> history(int limit);

    List<String[]> changesOf(ExemptionList list, int limit);
}
