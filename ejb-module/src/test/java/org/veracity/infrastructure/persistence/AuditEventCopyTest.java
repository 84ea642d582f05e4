package org.veracity.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.veracity.domain.access.Actor;
import org.veracity.domain.audit.AuditAction;
import org.veracity.domain.audit.AuditEntry;
import org.veracity.domain.audit.AuditEvent;
import org.veracity.domain.audit.AuditSubject;
import org.veracity.testsupport.PostgresTestDatabase;

/** The nightly jobs' COPY append stores every event exactly as the chain computed it. */
class AuditEventCopyTest {

    private static final org.veracity.domain.audit.AuditKey KEY = new org.veracity.domain.audit.AuditKey("copy-test",
            "thirty-two bytes of test key material".getBytes(java.nio.charset.StandardCharsets.UTF_8));

    @Test
    void events_with_reserved_characters_and_nulls_come_back_as_they_were_chained() throws SQLException {
        List<AuditEvent> events = new ArrayList<>();
        String previous = AuditEvent.GENESIS;
        Instant at = Instant.parse("2026-11-22T02:00:00.123456789Z");
        for (String reason : new String[] {"plain", "tab\there", "two\nlines\r\n", "back\\slash \\N", null,
                "quotes \"and\" 'these', ünïcödé, 中文"}) {
            AuditEvent e = AuditEvent.link(7, events.size() + 1, 100 + events.size(), previous, AuditEntry.of(Actor.SYSTEM,
                    AuditSubject.CONTENT, "item\t" + events.size(), AuditAction.DEMOTION_EXPIRED,
                            reason == null ? null : "p@v1",
                    reason), at, events.size() % 2 == 0 ? java.util.Optional.of(KEY) : java.util.Optional.empty());
            events.add(e);
            previous = e.getHash();
        }
        try (PostgresTestDatabase db = PostgresTestDatabase.create("veracity_audit_copy")) {
            DataSource ds = db.dataSource();
            Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
            try (Connection c = ds.getConnection()) {
                AuditEventCopy.copy(c, events);
            }
            try (Connection c = ds.getConnection(); Statement s = c.createStatement();
                 ResultSet rows = s.executeQuery("select seq, chain, chain_position, occurred_at, actor, actor_role, subject_type, subject_id,"
                         + " action, policy_version, reason, previous_hash, hash, key_id, mac from audit_event order by seq")) {
                for (AuditEvent e : events) {
                    rows.next();
                    assertEquals(List.of(e.getChain(), e.getPosition()), List.of(rows.getInt(2), rows.getLong(3)));
                    assertEquals(List.of(e.getSequence(), e.getOccurredAt(), e.getActor(), e.getRole(),
                                    e.getSubjectType(), e.getSubjectId(), e.getAction(), String.valueOf(e.getPolicyVersion()),
                                    String.valueOf(e.getReason()), e.getPreviousHash(), e.getHash(),
                                    String.valueOf(e.getKeyId()), String.valueOf(e.getMac())),
                            List.of(rows.getLong(1), rows.getObject(4, OffsetDateTime.class).toInstant(), rows.getString(5),
                                    rows.getString(6), rows.getString(7), rows.getString(8), rows.getString(9),
                                    String.valueOf(rows.getString(10)), String.valueOf(rows.getString(11)),
                                    rows.getString(12), rows.getString(13), String.valueOf(rows.getString(14)),
                                    String.valueOf(rows.getString(15))));
                }
            }
        }
    }
}
