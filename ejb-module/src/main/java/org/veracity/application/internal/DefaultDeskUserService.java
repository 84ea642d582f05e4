package org.veracity.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.veracity.application.ConflictException;
import org.veracity.application.DeskUserService;
import org.veracity.application.FieldProblem;
import org.veracity.application.RefusedException;
import org.veracity.application.UnknownSubjectException;
import org.veracity.domain.access.Actor;
import org.veracity.domain.access.DeskUser;
import org.veracity.domain.access.DeskUserRepository;
import org.veracity.domain.access.NotPermittedException;
import org.veracity.domain.access.PasswordHashing;
import org.veracity.domain.access.Permission;
import org.veracity.domain.access.Permissions;
import org.veracity.domain.access.Role;
import org.veracity.domain.audit.AuditAction;
import org.veracity.domain.audit.AuditEntry;
import org.veracity.domain.audit.AuditSubject;
import org.veracity.domain.factcheck.PartnerRepository;

@Stateless
@Interceptors(UseCaseValidation.class)
public class DefaultDeskUserService implements DeskUserService {

    /** Roles of people from partner organisations; they are never combined with staff roles. */
    private static final Set<Role> PARTNER_ROLES = EnumSet.of(Role.FACT_CHECKER, Role.PARTNER_ADMIN);

    @Inject
    DeskUserRepository users;

    @Inject
    PartnerRepository partners;

    @Inject
    LoginAttempts attempts;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Override
    public Optional<DeskUserView> verify(String username, String password, String address) {
        if (username == null || password == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (attempts.isLocked(username, address, now)) {
            return Optional.empty();
        }
        Optional<DeskUser> user = users.findByUsername(username).filter(DeskUser::isEnabled);
        boolean matches = user.isPresent()
                ? PasswordHashing.matches(password, user.get().getPasswordHash())
                : PasswordHashing.matchesNobody(password);
        if (!matches) {
            attempts.failed(username, address, now);
            return Optional.empty();
        }
        attempts.succeeded(username);
        return user.map(DefaultDeskUserService::view);
    }

    @Override
    public DeskUserView create(String username, String displayName, String password, Set<Role> roles,
                               String organisation, boolean demo, Actor actor) {
        return add(username, displayName, password, roles, organisation, demo, false, actor);
    }

    @Override
    public DeskUserView invite(String username, String displayName, String temporaryPassword, Set<Role> roles,
                               String organisation, Actor actor) {
        return add(username, displayName, temporaryPassword, roles, organisation, false, true, actor);
    }

    private DeskUserView add(String username, String displayName, String password, Set<Role> roles,
                             String organisation, boolean demo, boolean temporary, Actor actor) {
        String org = blankToNull(organisation);
        requireManages(actor, roles, org);
        checkMembership(roles, org);
        if (users.findByUsername(username).isPresent()) {
            throw new ConflictException("a desk user named " + username + " exists");
        }
        DeskUser user = new DeskUser(username, displayName, PasswordHashing.hash(password), roles, org, demo,
                clock.instant());
        if (temporary) {
            user.resetPasswordHash(user.getPasswordHash());
        }
        users.store(user);
        audit.record(AuditEntry.of(actor, AuditSubject.USER, username, AuditAction.USER_CREATED, null, describe(user)));
        return view(user);
    }

    @Override
    public DeskUserView change(String username, Set<Role> roles, String organisation, Actor actor) {
        DeskUser user = managed(username, actor);
        String org = blankToNull(organisation);
        requireManages(actor, roles, org);
        checkMembership(roles, org);
        if (username.equals(actor.name()) && user.getRoles().contains(Role.ADMIN) && !roles.contains(Role.ADMIN)) {
            throw RefusedException.onField("roles", "you cannot take the ADMIN role from yourself");
        }
        user.changeRoles(roles);
        user.moveTo(org);
        audit.record(AuditEntry.of(actor, AuditSubject.USER, username, AuditAction.USER_CHANGED, null, describe(user)));
        return view(user);
    }

    @Override
    public void disable(String username, Actor actor) {
        DeskUser user = managed(username, actor);
        if (username.equals(actor.name())) {
            throw RefusedException.onField("username", "you cannot disable yourself");
        }
        user.disable();
        audit.record(AuditEntry.of(actor, AuditSubject.USER, username, AuditAction.USER_DISABLED, null, null));
    }

    @Override
    public void enable(String username, Actor actor) {
        managed(username, actor).enable();
        audit.record(AuditEntry.of(actor, AuditSubject.USER, username, AuditAction.USER_ENABLED, null, null));
    }

    @Override
    public void resetPassword(String username, String temporaryPassword, Actor actor) {
        managed(username, actor).resetPasswordHash(PasswordHashing.hash(temporaryPassword));
        audit.record(AuditEntry.of(actor, AuditSubject.USER, username, AuditAction.PASSWORD_RESET, null,
                "a new password must be chosen at the next login"));
    }

    @Override
    public void changeOwnPassword(String username, String currentPassword, String newPassword) {
        DeskUser user = users.findByUsername(username).filter(DeskUser::isEnabled)
                .orElseThrow(() -> new UnknownSubjectException("no desk user " + username));
        if (!PasswordHashing.matches(currentPassword, user.getPasswordHash())) {
            throw RefusedException.onField("current", "this is not your current password");
        }
        if (newPassword.equals(currentPassword)) {
            throw RefusedException.onField("password", "choose a password different from the current one");
        }
        user.changePasswordHash(PasswordHashing.hash(newPassword));
        audit.record(AuditEntry.of(user.asActor(), AuditSubject.USER, username, AuditAction.PASSWORD_CHANGED, null,
                null));
    }

    @Override
    public List<DeskUserView> list(Actor actor) {
        Permissions.require(actor, Permission.MANAGE_USERS);
        String only = actor.has(Role.ADMIN) ? null : ownOrganisation(actor);
        return users.list(only).stream().map(DefaultDeskUserService::view).toList();
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

    /** An existing user the actor may manage: any for an ADMIN, its own organisation's fact-checkers for a partner's admin. */
    private DeskUser managed(String username, Actor actor) {
        Permissions.require(actor, Permission.MANAGE_USERS);
        DeskUser user = users.findByUsername(username)
                .orElseThrow(() -> new UnknownSubjectException("no desk user " + username));
        if (!actor.has(Role.ADMIN)) {
            requireManages(actor, user.getRoles(), user.getOrganisation());
        }
        return user;
    }

    /** The demo loader (SYSTEM) and ADMINs manage anyone; a partner's admin only fact-checkers of its own organisation. */
    private static void requireManages(Actor actor, Set<Role> roles, String organisation) {
        if (actor.has(Role.SYSTEM)) {
            return;
        }
        Permissions.require(actor, Permission.MANAGE_USERS);
        if (actor.has(Role.ADMIN)) {
            return;
        }
        String own = ownOrganisation(actor);
        if (!own.equals(organisation) || !Set.of(Role.FACT_CHECKER).containsAll(roles)) {
            throw new NotPermittedException("the admin of " + own + " manages only " + own + "'s fact-checkers");
        }
    }

    private static String ownOrganisation(Actor actor) {
        if (actor.organisation() == null) {
            throw new NotPermittedException(actor.name() + " belongs to no partner organisation");
        }
        return actor.organisation();
    }

    private void checkMembership(Set<Role> roles, String organisation) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!Arrays.asList(Role.DESK_ROLES).containsAll(roles)) {
            problems.add(new FieldProblem("roles", "desk users hold only the roles "
                    + Arrays.toString(Role.DESK_ROLES)));
        }
        boolean partnerRoles = roles.stream().anyMatch(PARTNER_ROLES::contains);
        if (partnerRoles && !PARTNER_ROLES.containsAll(roles)) {
            problems.add(new FieldProblem("roles",
                    "partner roles (FACT_CHECKER, PARTNER_ADMIN) are not combined with staff roles"));
        }
        if (partnerRoles && organisation == null) {
            problems.add(new FieldProblem("organisation", "fact-checkers and partner admins belong to a partner organisation"));
        } else if (!partnerRoles && organisation != null) {
            problems.add(new FieldProblem("organisation", "only fact-checkers and partner admins belong to a partner organisation"));
        } else if (organisation != null && partners.findByName(organisation).isEmpty()) {
            problems.add(new FieldProblem("organisation", "no partner organisation named " + organisation));
        }
        if (!problems.isEmpty()) {
            throw new RefusedException("the user's roles or organisation cannot be accepted", problems);
        }
    }

    private static String describe(DeskUser u) {
        return "roles " + u.getRoles().stream().sorted().toList()
                + (u.getOrganisation() == null ? "" : ", organisation " + u.getOrganisation());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    static DeskUserView view(DeskUser u) {
        return new DeskUserView(u.getUsername(), u.getDisplayName(), u.getRoles(), u.getOrganisation(), u.isEnabled(),
                u.mustChangePassword(), u.getCreatedAt());
    }
}
