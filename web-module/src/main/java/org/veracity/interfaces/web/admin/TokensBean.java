package org.veracity.interfaces.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.veracity.application.TokenService;
import org.veracity.application.TokenService.TokenView;
import org.veracity.domain.access.Role;
import org.veracity.domain.access.Scope;
import org.veracity.domain.access.TokenSecret.IssuedToken;
import org.veracity.interfaces.web.DeskMessages;
import org.veracity.interfaces.web.access.DeskUser;

/** /desk/tokens: R24 tokens issued (the secret shown once), listed with their last use, and revoked at once. */
@Named
@RequestScoped
public class TokensBean {

    private static final Map<String, String> FIELDS = Map.of("name", "issue:name", "owner", "issue:owner",
            "scopes", "issue:scopes", "hours", "issue:hours");

    @Inject
    TokenService tokens;

    @Inject
    DeskUser user;

    private String name;
    private String owner;
    private List<String> scopes;
    private boolean permanent;
    private Integer hours = 24;
    private String secret;
    private List<TokenView> all;

    public List<TokenView> getAll() {
        if (all == null) {
            all = tokens.list(user.actor());
        }
        return all;
    }

    /** The scopes this admin may grant: every scope for an ADMIN, the fact-checking ones for a partner's admin. */
    public List<Scope> getGrantable() {
        return isAdmin() ? List.of(Scope.values())
                : TokenService.PARTNER_SCOPES.stream().sorted().toList();
    }

    public boolean isAdmin() {
        return user.actor().has(Role.ADMIN);
    }

    public void issue() {
        String o = isAdmin() ? owner : user.actor().organisation();
        Set<Scope> chosen = scopes == null || scopes.isEmpty() ? Set.of()
                : EnumSet.copyOf(scopes.stream().map(Scope::valueOf).toList());
        Duration lifetime = permanent ? null : Duration.ofHours(hours == null ? 0 : hours);
        IssuedToken[] issued = new IssuedToken[1];
        if (DeskMessages.attempt(() -> issued[0] = tokens.issue(name, o, chosen, lifetime, user.actor()), FIELDS)) {
            secret = issued[0].secret();
            DeskMessages.info("Token " + name + " issued. Copy its secret now: it is shown this once.");
            name = owner = null;
            scopes = null;
            all = null;
        }
    }

    public void revoke(String tokenName) {
        if (DeskMessages.attempt(() -> tokens.revoke(tokenName, user.actor()), Map.of())) {
            DeskMessages.info("Token " + tokenName + " revoked: it is refused from now on.");
            all = null;
        }
    }

    public String getSecret() { return secret; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getOwner() { return owner; }
    public void setOwner(String owner) { this.owner = owner; }
    public List<String> getScopes() { return scopes; }
    public void setScopes(List<String> scopes) { this.scopes = scopes; }
    public boolean isPermanent() { return permanent; }
    public void setPermanent(boolean permanent) { this.permanent = permanent; }
    public Integer getHours() { return hours; }
    public void setHours(Integer hours) { this.hours = hours; }
}
