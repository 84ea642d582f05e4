package org.veracity.interfaces.web.access;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.Optional;
import org.veracity.domain.access.Permission;
import org.veracity.domain.access.Role;

/** Which permission each desk page needs to be shown at all, and where each user lands after logging in. */
public final class DeskPages {

    /** Pages anyone may open, logged in or not. */
    public static final String LOGIN = "/desk/login.xhtml";
    public static final String SETUP = "/desk/setup.xhtml";
    /** The one page a user with an admin-chosen password may open. */
    public static final String PASSWORD = "/desk/password.xhtml";

    private static final Map<String, Permission> PAGES = Map.ofEntries(
            Map.entry("/desk/index.xhtml", Permission.VIEW_QUEUE),
            Map.entry("/desk/workbench.xhtml", Permission.WORK_ON_CLAIMS),
            Map.entry("/desk/enqueue.xhtml", Permission.ENQUEUE),
            Map.entry("/desk/disputes.xhtml", Permission.VIEW_DISPUTES),
            Map.entry("/desk/item.xhtml", Permission.VIEW_ITEM),
            Map.entry("/desk/exemptions.xhtml", Permission.VIEW_EXEMPTIONS),
            Map.entry("/desk/issues.xhtml", Permission.VIEW_ISSUES),
            Map.entry("/desk/policies.xhtml", Permission.VIEW_POLICIES),
            Map.entry("/desk/movements.xhtml", Permission.VIEW_MOVEMENTS),
            Map.entry("/desk/suspensions.xhtml", Permission.VIEW_SUSPENSIONS),
            Map.entry("/desk/measures.xhtml", Permission.VIEW_MEASURES),
            Map.entry("/desk/rfh.xhtml", Permission.VIEW_RFH),
            Map.entry("/desk/rfh-review.xhtml", Permission.REVIEW_RFH_MATCHES),
            Map.entry("/desk/jobs.xhtml", Permission.RUN_JOBS),
            Map.entry("/desk/users.xhtml", Permission.MANAGE_USERS),
            Map.entry("/desk/partners.xhtml", Permission.MANAGE_PARTNERS),
            Map.entry("/desk/tokens.xhtml", Permission.MANAGE_TOKENS),
            Map.entry(PASSWORD, Permission.CHANGE_OWN_PASSWORD),
            Map.entry("/desk/deliveries.xhtml", Permission.VIEW_DELIVERIES),
            Map.entry("/desk/sponsorships.xhtml", Permission.VIEW_SPONSORSHIPS),
            Map.entry("/desk/escalations.xhtml", Permission.VIEW_ESCALATIONS),
            Map.entry("/desk/coordination.xhtml", Permission.VIEW_COORDINATION),
            Map.entry("/desk/coordination-case.xhtml", Permission.VIEW_COORDINATION));

    private DeskPages() {
    }

    /** The permission a desk page needs; empty for the pages open to everyone. Unknown pages need the queue's. */
    public static Optional<Permission> needed(String path) {
        if (LOGIN.equals(path) || SETUP.equals(path)) {
            return Optional.empty();
        }
        return Optional.of(PAGES.getOrDefault(path, Permission.VIEW_QUEUE));
    }

    public static boolean granted(HttpServletRequest request, Permission permission) {
        return permission.roles().stream().anyMatch(r -> request.isUserInRole(r.name()));
    }

    /** Where a user starts: fact-checkers at the workbench, partner admins at their users, staff at the queue. */
    public static String home(HttpServletRequest request) {
        if (request.isUserInRole(Role.FACT_CHECKER.name())) {
            return "/desk/workbench.xhtml";
        }
        if (!granted(request, Permission.VIEW_QUEUE)) {
            return "/desk/users.xhtml";
        }
        return "/desk/index.xhtml";
    }
}
