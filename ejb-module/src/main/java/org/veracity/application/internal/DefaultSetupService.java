package org.veracity.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import org.veracity.application.RefusedException;
import org.veracity.application.SetupService;
import org.veracity.domain.access.Actor;
import org.veracity.domain.access.DeskUser;
import org.veracity.domain.access.DeskUserRepository;
import org.veracity.domain.access.PasswordHashing;
import org.veracity.domain.access.Role;
import org.veracity.domain.audit.AuditAction;
import org.veracity.domain.audit.AuditEntry;
import org.veracity.domain.audit.AuditSubject;

@Stateless
@Interceptors(UseCaseValidation.class)
public class DefaultSetupService implements SetupService {

    /** Setup codes are throttled like logins, under an account name no user can have. */
    private static final String SETUP_ACCOUNT = "#setup";

    @Inject
    DeskUserRepository users;

    @Inject
    SetupCode setupCode;

    @Inject
    LoginAttempts attempts;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Override
    public boolean isOpen() {
        return !users.isSetupComplete() && users.isEmpty();
    }

    @Override
    public void createFirstAdmin(String code, String username, String displayName, String password) {
        Instant now = clock.instant();
        if (!isOpen()) {
            throw RefusedException.onField("code", "the first admin exists: this setup is closed for good");
        }
        if (attempts.isLocked(SETUP_ACCOUNT, null, now) || !setupCode.matches(code)) {
            attempts.failed(SETUP_ACCOUNT, null, now);
            throw RefusedException.onField("code", "this is not the setup code in this server's log");
        }
        users.completeSetup(username, now);
        DeskUser admin = new DeskUser(username, displayName, PasswordHashing.hash(password), EnumSet.of(Role.ADMIN),
                null, false, now);
        users.store(admin);
        setupCode.used();
        audit.record(AuditEntry.of(new Actor("setup", java.util.Set.of(Role.SYSTEM)), AuditSubject.USER, username,
                AuditAction.FIRST_ADMIN_CREATED, null, "roles [ADMIN], with the one-time setup code"));
    }
}
