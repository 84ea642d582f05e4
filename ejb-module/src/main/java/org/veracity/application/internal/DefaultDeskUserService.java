package org.veracity.application.internal;

import jakarta.ejb.Stateless;
import jakarta.interceptor.Interceptors;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import org.veracity.application.DeskUserService;
import org.veracity.domain.access.Actor;
import org.veracity.domain.access.DeskUser;
import org.veracity.domain.access.DeskUserRepository;
import org.veracity.domain.access.PasswordHashing;
import org.veracity.domain.access.Role;
import org.veracity.domain.audit.AuditEntry;

@Stateless
@Interceptors(UseCaseValidation.class)
public class DefaultDeskUserService implements DeskUserService {

    @Inject
    DeskUserRepository users;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Override
    public Optional<DeskUserView> verify(String username, String password) {
        if (username == null || password == null) {
            return Optional.empty();
        }
        return users.findByUsername(username)
                .filter(DeskUser::isEnabled)
                .filter(u -> PasswordHashing.matches(password, u.getPasswordHash()))
                .map(DefaultDeskUserService::view);
    }

    @Override
    public DeskUserView create(String username, String displayName, String password, Set<Role> roles,
                               String organisation, boolean demo, Actor actor) {
        DeskUser user = new DeskUser(username, displayName, PasswordHashing.hash(password), roles, organisation,
                demo, clock.instant());
        users.store(user);
        audit.record(AuditEntry.of(actor, AuditEntry.USER, username, "USER_CREATED", null, "roles " + roles));
        return view(user);
    }

    @Override
    public Optional<DeskUserView> find(String username) {
        return users.findByUsername(username).map(DefaultDeskUserService::view);
    }

    @Override
    public Optional<Actor> actorFor(String username) {
        return username == null ? Optional.empty()
                : users.findByUsername(username).filter(DeskUser::isEnabled).map(DeskUser::asActor);
    }

    private static DeskUserView view(DeskUser u) {
        return new DeskUserView(u.getUsername(), u.getDisplayName(), u.getRoles(), u.getOrganisation());
    }
}
