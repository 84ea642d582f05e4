package org.veracity.interfaces.rest.admin;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.veracity.interfaces.rest.VeracityApi;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.veracity.application.FieldProblem;
import org.veracity.domain.access.ApiToken;
import org.veracity.application.InvalidInputException;
import org.veracity.application.TokenService;
import org.veracity.application.TokenService.TokenView;
import org.veracity.domain.access.Scope;
import org.veracity.domain.access.TokenSecret.IssuedToken;
import org.veracity.interfaces.rest.Conversions;
import org.veracity.interfaces.rest.Problem;
import org.veracity.interfaces.rest.access.Caller;
import org.veracity.interfaces.rest.access.RequiresScope;

/**
 * R24 for system users: tokens minted, listed and revoked over the API with the {@code admin} scope.
 * The secret is in the answer to POST and nowhere else.
 */
@Path("v1/admin/tokens")
@Produces({MediaType.APPLICATION_JSON, MediaType.APPLICATION_XML, Problem.MEDIA_TYPE})
@Consumes({MediaType.APPLICATION_JSON, MediaType.APPLICATION_XML})
@RequiresScope(Scope.ADMIN)
@Tag(name = "admin")
public class AdminTokenResource {

    @Inject
    TokenService tokens;

    @Inject
    Caller caller;

    @GET
    @Operation(operationId = "listTokens", summary = "The API tokens",
            description = "Every token with its owner, scopes, creation, expiry, last use and whether it is revoked (R24). Secrets are never listed.")
    @APIResponse(responseCode = "200", description = "The tokens",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "TokenList")))
    @SecurityRequirement(name = VeracityApi.BEARER, scopes = "admin")
    public TokenList list() {
        TokenList doc = new TokenList();
        tokens.list(caller.actor()).forEach(t -> doc.items.add(TokenDocument.of(t)));
        return doc;
    }

    /** {@code hours} (1-24) makes a temporary token; without it the token is permanent. Answers 201 with the secret. */
    @POST
    @Operation(operationId = "issueToken", summary = "Issue an API token",
            description = "hours (1-24) makes a temporary token; without it the token is permanent, for a named system user. The secret is in this answer and nowhere else (R24).")
    @APIResponse(responseCode = "201", description = "The token, with its secret shown this once",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "IssuedToken")))
    @SecurityRequirement(name = VeracityApi.BEARER, scopes = "admin")
    @APIResponse(responseCode = "409", ref = VeracityApi.CONFLICT)
    public Response issue(@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "TokenRequest"))) TokenRequest body) {
        TokenRequest b = body == null ? new TokenRequest() : body;
        List<FieldProblem> problems = new ArrayList<>();
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        for (String s : b.scopes) {
            Scope.fromWireName(s == null ? "" : s.trim()).ifPresentOrElse(scopes::add, () -> problems.add(
                    new FieldProblem("scopes", "unknown scope " + s + "; the scopes are "
                            + EnumSet.allOf(Scope.class).stream().map(Scope::wireName).toList())));
        }
        // Checked here as well as in the service so that a bad scope and a bad lifetime are named in one answer.
        if (b.hours != null && !ApiToken.isAllowedLifetime(Duration.ofHours(b.hours))) {
            problems.add(new FieldProblem("hours", ApiToken.LIFETIME_RULE));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        IssuedToken issued = tokens.issue(b.name, b.owner, scopes, b.hours == null ? null : Duration.ofHours(b.hours),
                caller.actor());
        IssuedDocument doc = new IssuedDocument();
        doc.name = issued.token().getName();
        doc.owner = issued.token().getOwner();
        doc.scopes = issued.token().getScopes().stream().map(Scope::wireName).sorted().toList();
        doc.expiresAt = Conversions.text(issued.token().getExpiresAt());
        doc.token = issued.secret();
        return Response.status(Response.Status.CREATED).entity(doc).build();
    }

    /** Revoked at once: the next request with the token gets 401. */
    @DELETE
    @Path("{name}")
    @Operation(operationId = "revokeToken", summary = "Revoke an API token",
            description = "At once: the next request with the token gets 401.")
    @APIResponse(responseCode = "204", description = "Revoked")
    @SecurityRequirement(name = VeracityApi.BEARER, scopes = "admin")
    public Response revoke(@Parameter(description = "The token's name", required = true) @PathParam("name") String name) {
        tokens.revoke(name, caller.actor());
        return Response.noContent().build();
    }

    @XmlRootElement(name = "tokenRequest")
    @XmlAccessorType(XmlAccessType.FIELD)
    @Schema(name = "TokenRequest")
    public static class TokenRequest {
        public String name;
        public String owner;
        @XmlElement(name = "scopes")
        public List<String> scopes = new ArrayList<>();
        public Integer hours;
    }

    @XmlRootElement(name = "issuedToken")
    @XmlAccessorType(XmlAccessType.FIELD)
    @Schema(name = "IssuedToken")
    public static class IssuedDocument {
        public String name;
        public String owner;
        @XmlElement(name = "scopes")
        public List<String> scopes = new ArrayList<>();
        public String expiresAt;
        /** The bearer secret, shown this once. */
        public String token;
    }

    @XmlRootElement(name = "tokens")
    @XmlAccessorType(XmlAccessType.FIELD)
    @Schema(name = "TokenList")
    public static class TokenList {
        @XmlElement(name = "items")
        public List<TokenDocument> items = new ArrayList<>();
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @Schema(name = "Token")
    public static class TokenDocument {
        public String name;
        public String owner;
        @XmlElement(name = "scopes")
        public List<String> scopes = new ArrayList<>();
        public String issuedAt;
        public String expiresAt;
        public String lastUsedAt;
        public String revokedAt;
        public String status;

        static TokenDocument of(TokenView t) {
            TokenDocument d = new TokenDocument();
            d.name = t.name();
            d.owner = t.owner();
            d.scopes = new ArrayList<>(t.scopes());
            d.issuedAt = Conversions.text(t.issuedAt());
            d.expiresAt = Conversions.text(t.expiresAt());
            d.lastUsedAt = Conversions.text(t.lastUsedAt());
            d.revokedAt = Conversions.text(t.revokedAt());
            d.status = t.status();
            return d;
        }
    }
}
