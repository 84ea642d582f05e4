package org.veracity.it.support;

import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.List;
import org.veracity.application.DeskUserService;
import org.veracity.application.ExemptionService;
import org.veracity.application.FactCheckService;
import org.veracity.application.IssueService;
import org.veracity.application.ManualEnqueue;
import org.veracity.application.RatingCommand;
import org.veracity.domain.exemption.OverrideMode;
import org.veracity.domain.factcheck.Verdict;
import org.veracity.application.ExemptionService;
import org.veracity.application.JobService;
import org.veracity.application.ScheduledRunService;
import org.veracity.application.JobService.JobRun;
import org.veracity.application.TokenService;
import org.veracity.domain.access.Actor;
import org.veracity.domain.access.Role;
import org.veracity.domain.access.Scope;

/** Test deployments only: sets the clock and creates the tokens and desk users a test needs. */
@Path("test")
@Produces(MediaType.TEXT_PLAIN)
public class TestControlResource {

    private static final Actor TESTS = new Actor("integration-tests", Set.of(Role.ADMIN, Role.SPECIALIST));

    @Inject
    AdjustableClock clock;

    @Inject
    TokenService tokens;

    @Inject
    DeskUserService users;

    @Inject
    org.veracity.application.AuditService audit;

    @Inject
    org.veracity.application.internal.AuditTrail auditTrail;

    @jakarta.persistence.PersistenceContext(unitName = "veracity")
    jakarta.persistence.EntityManager em;

    @Inject
    FactCheckService factChecking;

    @Inject
    ExemptionService exemptions;

    @Inject
    IssueService issues;

    private static final Actor SPECIALIST = new Actor("test-specialist", Set.of(Role.SPECIALIST));
    private static final Actor MODERATOR = new Actor("test-moderator", Set.of(Role.MODERATOR));

    @Inject
    JobService jobs;

    @Inject
    ScheduledRunService schedule;

    @POST
    @Path("clock")
    public String fixClock(@FormParam("at") String at) {
        if (at == null || at.isBlank()) {
            clock.reset();
            return "system";
        }
        clock.fixAt(Instant.parse(at));
        return at;
    }

    /** Issues a token; answers its secret. {@code hours} empty makes it permanent. */
    @POST
    @Path("tokens")
    public String issue(@FormParam("name") String name, @FormParam("scopes") String scopes,
                        @FormParam("hours") Integer hours) {
        Set<Scope> set = Arrays.stream(scopes.split(",")).map(s -> Scope.fromWireName(s.trim()).orElseThrow())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Scope.class)));
        return tokens.issue(name, "tests", set, hours == null ? null : Duration.ofHours(hours), TESTS).secret();
    }

    /** A token owned by a partner organisation's system user: the integrator acts for that partner. */
    @POST
    @Path("partner-tokens")
    public String issueForPartner(@FormParam("name") String name, @FormParam("partner") String partner) {
        return tokens.issue(name, partner, EnumSet.of(Scope.FACTCHECK_WRITE, Scope.CONTENT_READ), null, TESTS).secret();
    }

    @POST
    @Path("partners")
    public String createPartner(@FormParam("name") String name, @FormParam("languages") String languages,
                                @FormParam("regions") String regions) {
        factChecking.createPartner(name, List.of(languages.split(",")), List.of(regions.split(",")), TESTS);
        return name;
    }

    /** Builds and activates an exemption list from comma-separated hosts, ranked in order. */
    @POST
    @Path("exemption-list")
    public String exemptionList(@FormParam("hosts") String hosts) {
        String[] list = hosts.split(",");
        long id = exemptions.beginRebuild("test fixture", 5000);
        List<ExemptionService.RankedHost> ranked = new java.util.ArrayList<>();
        for (int i = 0; i < list.length; i++) {
            ranked.add(new ExemptionService.RankedHost(i + 1, list[i].trim()));
        }
        exemptions.addRanked(id, ranked);
        return Long.toString(exemptions.completeRebuild(id, TESTS).listId());
    }

    @POST
    @Path("exemption-overrides")
    public String overrideDomain(@FormParam("domain") String domain, @FormParam("mode") String mode,
                                 @FormParam("reason") String reason) {
        return Long.toString(exemptions.overrideDomain(domain, OverrideMode.valueOf(mode), reason, null, SPECIALIST));
    }

    @POST
    @Path("demote-anyway")
    public String demoteAnyway(@FormParam("contentId") String contentId, @FormParam("reason") String reason) {
        exemptions.demoteAnyway(contentId, reason, null, SPECIALIST);
        return "demoted";
    }

    /** R5 as a moderator; {@code issue} names an issue of importance created on the fly when absent. */
    @POST
    @Path("manual-enqueue")
    public String manualEnqueue(@FormParam("contentId") String contentId, @FormParam("withDemotion") boolean withDemotion,
                                @FormParam("issue") String issue, @FormParam("externalSignal") String externalSignal,
                                @FormParam("note") String note) {
        Long issueId = issue == null ? null : issues.all().stream().filter(i -> i.name().equals(issue)).findFirst()
                .map(IssueService.IssueView::id).orElseGet(() -> issues.create(issue, List.of("US"),
                        List.of("politics"), List.of("ballot"), java.time.Instant.parse("2020-01-01T00:00:00Z"), null, TESTS));
        factChecking.enqueueManually(new ManualEnqueue(contentId, withDemotion, issueId, externalSignal, note), MODERATOR);
        return "enqueued";
    }

    @POST
    @Path("disputes/{id}/change")
    public String changeRating(@PathParam("id") long disputeId, @FormParam("partner") String partner,
                               @FormParam("rating") String rating) {
        Actor checker = new Actor("checker-of-" + partner, Set.of(Role.FACT_CHECKER), partner);
        return Long.toString(factChecking.change(disputeId, new RatingCommand(Verdict.valueOf(rating),
                "claim restated", "https://factcheck.example/revised", "revised after the publisher's dispute"),
                "the publisher showed new evidence", checker));
    }

    /** Rewrites one stored audit row behind the application's back, as an intruder with database access would. */
    @POST
    @Path("audit/{seq}/reason")
    @jakarta.transaction.Transactional
    public String tamper(@PathParam("seq") long seq, @FormParam("reason") String reason) {
        String before = (String) em.createNativeQuery("select reason from audit_event where seq = ?1")
                .setParameter(1, seq).getSingleResult();
        em.createNativeQuery("update audit_event set reason = ?1 where seq = ?2").setParameter(1, reason)
                .setParameter(2, seq).executeUpdate();
        return before == null ? "" : before;
    }

    @POST
    @Path("audit/verify")
    public String verifyAudit() {
        org.veracity.domain.audit.ChainVerification v = audit.verifyChain();
        return v.intact() ? "INTACT " + v.eventsChecked() : "BROKEN " + v.firstBrokenSequence() + " " + v.problem();
    }

    /**
     * What an intruder with database access but without the audit key does to hide a change: rewrites the
     * reason of event {@code seq}, then recomputes the SHA-256 hash of it and of every later event of its chain and
     * the chain's head, so that every hash matches again. The seals stay as they were — the intruder cannot make
     * new ones. Calling it again with the original reason restores the chain exactly.
     */
    @POST
    @Path("audit/{seq}/rehash")
    @jakarta.transaction.Transactional
    public String rehash(@PathParam("seq") long seq, @FormParam("reason") String reason) {
        org.veracity.domain.audit.AuditEvent changed = em.createQuery("select e from AuditEvent e where e.sequence = :seq",
                org.veracity.domain.audit.AuditEvent.class).setParameter("seq", seq).getSingleResult();
        java.util.List<org.veracity.domain.audit.AuditEvent> rows = em.createQuery("select e from AuditEvent e"
                + " where e.chain = :chain and e.position >= :position order by e.position",
                        org.veracity.domain.audit.AuditEvent.class)
                .setParameter("chain", changed.getChain()).setParameter("position", changed.getPosition()).getResultList();
        String before = changed.getReason();
        String previous = changed.getPreviousHash();
        for (org.veracity.domain.audit.AuditEvent e : rows) {
            org.veracity.domain.audit.AuditEvent rehashed = org.veracity.domain.audit.AuditEvent.link(e.getChain(),
                    e.getPosition(), e.getSequence(), previous, new org.veracity.domain.audit.AuditEntry(e.getActor(),
                            e.getRole(), e.getSubjectType(), e.getSubjectId(), e.getAction(), e.getPolicyVersion(),
                            e.getSequence() == seq ? reason : e.getReason()), e.getOccurredAt(), java.util.Optional.empty());
            em.detach(e);
            em.createNativeQuery("update audit_event set reason = ?1, previous_hash = ?2, hash = ?3 where seq = ?4")
                    .setParameter(1, rehashed.getReason()).setParameter(2, previous).setParameter(3, rehashed.getHash())
                    .setParameter(4, e.getSequence()).executeUpdate();
            previous = rehashed.getHash();
        }
        em.createNativeQuery("update audit_chain_head set last_hash = ?1 where id = ?2").setParameter(1, previous)
                .setParameter(2, changed.getChain()).executeUpdate();
        return before == null ? "" : before;
    }

    /**
     * Appends {@code count} audit events about one subject in one transaction, as any use case does: for the
     * audit append benchmark and AuditChainsIT, which drive many of these at once on different subjects.
     */
    @POST
    @Path("audit/append")
    @jakarta.transaction.Transactional
    public String appendAudit(@FormParam("subject") String subject, @FormParam("count") @jakarta.ws.rs.DefaultValue("1") int count,
                              @FormParam("workMillis") @jakarta.ws.rs.DefaultValue("0") int workMillis) throws InterruptedException {
        for (int i = 0; i < count; i++) {
            auditTrail.record(new org.veracity.domain.audit.AuditEntry("it-tests", "SYSTEM", "CONTENT", subject,
                    "INTAKE_ACCEPTED", null, "appended by a test, " + i));
        }
        // The rest of a use case after its first audit event (intake screens the batch after its first item's
        // INTAKE_ACCEPTED): waited, not computed, so it costs no CPU on a loaded machine.
        Thread.sleep(workMillis);
        return Integer.toString(count);
    }

    /** A content item's audit history as stored: one line "chain position" per event, in sequence order. */
    @jakarta.ws.rs.GET
    @Path("audit/history/{subject}")
    public String auditHistory(@PathParam("subject") String subject) {
        StringBuilder lines = new StringBuilder();
        for (Object row : em.createNativeQuery("select chain, chain_position from audit_event where subject_type = 'CONTENT'"
                + " and subject_id = ?1 order by seq").setParameter(1, subject).getResultList()) {
            Object[] r = (Object[]) row;
            lines.append(r[0]).append(' ').append(r[1]).append('\n');
        }
        return lines.toString();
    }

    /** Takes an audit checkpoint now instead of on the hour; answers its number. */
    @POST
    @Path("audit/checkpoint")
    public String checkpoint() {
        return Long.toString(audit.checkpoint().getNumber());
    }

    /** The sequence number of the newest audit event. */
    @jakarta.ws.rs.GET
    @Path("audit/last")
    public String lastAuditEvent() {
        return em.createNativeQuery("select max(seq) from audit_event").getSingleResult().toString();
    }

    @POST
    @Path("tokens/{name}/revoke")
    public String revoke(@PathParam("name") String name) {
        tokens.revoke(name, TESTS);
        return "revoked";
    }

    @POST
    @Path("users")
    public String createUser(@FormParam("username") String username, @FormParam("password") String password,
                             @FormParam("role") String role, @FormParam("organisation") String organisation) {
        users.create(username, username, password, EnumSet.of(Role.valueOf(role)), organisation, false, TESTS);
        return username;
    }

    /** Starts a job through the same service the desk uses; answers the execution id. */
    @POST
    @Path("jobs/{name}/start")
    public String startJob(@PathParam("name") String name, @FormParam("chunkSize") String chunkSize,
                           @FormParam("file") String file, @FormParam("topN") String topN,
                           @FormParam("asOf") String asOf, @FormParam("partitions") String partitions) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("chunkSize", chunkSize);
        parameters.put("partitions", partitions);
        parameters.put(JobService.FILE, file);
        parameters.put("topN", topN);
        parameters.put(JobService.AS_OF, asOf);
        parameters.values().removeIf(v -> v == null || v.isBlank());
        return Long.toString(jobs.start(name, parameters, TESTS));
    }

    /** Claims a scheduled job's current slot (set the clock first) as each instance's timer does; answers true or false. */
    @POST
    @Path("jobs/{name}/claim")
    public String claimScheduledRun(@PathParam("name") String name, @FormParam("instance") String instance) {
        return Boolean.toString(schedule.claim(name, instance));
    }

    @POST
    @Path("jobs/executions/{id}/restart")
    public String restartJob(@PathParam("id") long executionId) {
        return Long.toString(jobs.restart(executionId, TESTS));
    }

    /** An execution as "STATUS|exit status|step:read/written;...". */
    @GET
    @Path("jobs/executions/{id}")
    public String jobRun(@PathParam("id") long executionId) {
        JobRun run = jobs.run(executionId, TESTS);
        return run.status() + "|" + run.exitStatus() + "|" + run.steps().stream()
                .map(s -> s.name() + ":" + s.read() + "/" + s.written()).collect(Collectors.joining(";"));
    }

    /** The exemption list in force as "id size entered left", its domains, the ids of all lists, the ids of active ones. */
    @GET
    @Path("exemption")
    public String exemptionList() {
        ExemptionService.ExemptionStatus status = exemptions.status(0, 10_000);
        String head = status.active() == null ? "none" : status.active().id() + " " + status.active().size() + " "
                + status.active().entered() + " " + status.active().left();
        return head + "\n" + String.join(",", status.domains()) + "\n"
                + status.history().stream().map(l -> Long.toString(l.id())).collect(Collectors.joining(",")) + "\n"
                + status.history().stream().filter(ExemptionService.ListInfo::active).map(l -> Long.toString(l.id()))
                .collect(Collectors.joining(","));
    }
}
