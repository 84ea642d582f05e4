package org.veracity.interfaces.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The integrators' REST API under /api (DESIGN §4). JSON and XML come from the same JAXB-annotated classes.
 * The OpenAPI document Payara serves at {@code /openapi} starts from the definition below (docs/api.md).
 */
@ApplicationPath("api")
@OpenAPIDefinition(
        info = @Info(title = "Veracity integrator API", version = "1",
                description = "Content intake, engagement signals, distribution answers, the pre-publish check and "
                        + "the partners' fact-check queue (DESIGN §4). Every operation needs a bearer token "
                        + "(`Authorization: Bearer <secret>`) carrying the scope named in its security requirement; "
                        + "`admin` implies every scope. Expected failures answer `application/problem+json` "
                        + "(RFC 9457) with a field-level `errors` list."),
        tags = {
            @Tag(name = "content", description = "Intake of content items and what Veracity knows about one (R1)"),
            @Tag(name = "signals", description = "Engagement signals that feed the prediction (R1, R2)"),
            @Tag(name = "distribution", description = "How far each item may be distributed (R22)"),
            @Tag(name = "prepublish", description = "What intake would do with a post, before it is published (R24)"),
            @Tag(name = "factcheck", description = "A partner organisation's queue, claims, ratings, and disputes (R7)"),
            @Tag(name = "escalations", description = "A partner organisation's escalations and their decisions (R20)"),
            @Tag(name = "coordination", description = "Coordination cases: many accounts posting near-identical text (R18)")
        },
        components = @Components(
                securitySchemes = @SecurityScheme(securitySchemeName = VeracityApi.BEARER,
                        type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "opaque",
                        description = "An API token issued by a Veracity admin (R24). Each operation lists the scope "
                                + "it needs: content:write, content:read, signals:write, distribution:read, "
                                + "factcheck:write, escalations:write, subscriptions:write, sponsorships:write; "
                                + "admin implies all of them."),
                responses = {
                    @APIResponse(name = VeracityApi.BAD_REQUEST, responseCode = "400",
                            description = "The request is not valid: an unreadable body, or fields that break the "
                                    + "rules, each named in `errors`",
                            content = @Content(mediaType = Problem.MEDIA_TYPE,
                                    schema = @Schema(ref = "Problem"),
                                    examples = @ExampleObject(name = "fieldErrors", value = "{\"type\":\"about:blank\","
                                            + "\"title\":\"Bad Request\",\"status\":400,\"detail\":\"the request is not"
                                            + " valid\",\"errors\":[{\"field\":\"ids\",\"message\":\"must hold at"
                                            + " most 1000 ids\"}]}"))),
                    @APIResponse(name = VeracityApi.UNAUTHORIZED, responseCode = "401",
                            description = "No bearer token, or one that is malformed, unknown, expired or revoked "
                                    + "(`WWW-Authenticate: Bearer`)",
                            content = @Content(mediaType = Problem.MEDIA_TYPE,
                                    schema = @Schema(ref = "Problem"),
                                    examples = @ExampleObject(name = "expired", value = "{\"type\":\"about:blank\","
                                            + "\"title\":\"Unauthorized\",\"status\":401,\"detail\":\"the bearer token"
                                            + " has expired\",\"errors\":[]}"))),
                    @APIResponse(name = VeracityApi.FORBIDDEN, responseCode = "403",
                            description = "The token lacks the operation's scope, or the caller may not act on this "
                                    + "item",
                            content = @Content(mediaType = Problem.MEDIA_TYPE,
                                    schema = @Schema(ref = "Problem"),
                                    examples = @ExampleObject(name = "wrongScope", value = "{\"type\":\"about:blank\","
                                            + "\"title\":\"Forbidden\",\"status\":403,\"detail\":\"the bearer token"
                                            + " does not carry the scope content:write\",\"errors\":[]}"))),
                    @APIResponse(name = VeracityApi.NOT_FOUND, responseCode = "404",
                            description = "No such content item, queue entry or rating",
                            content = @Content(mediaType = Problem.MEDIA_TYPE,
                                    schema = @Schema(ref = "Problem"),
                                    examples = @ExampleObject(name = "unknownItem", value = "{\"type\":\"about:blank\","
                                            + "\"title\":\"Not Found\",\"status\":404,\"detail\":\"no such resource\","
                                            + "\"errors\":[]}"))),
                    @APIResponse(name = VeracityApi.CONFLICT, responseCode = "409",
                            description = "The item's state does not allow it now, e.g. another fact-checker holds "
                                    + "the lease",
                            content = @Content(mediaType = Problem.MEDIA_TYPE,
                                    schema = @Schema(ref = "Problem"),
                                    examples = @ExampleObject(name = "leaseHeld", value = "{\"type\":\"about:blank\","
                                            + "\"title\":\"Conflict\",\"status\":409,\"detail\":\"the item is claimed"
                                            + " by another fact-checker\",\"errors\":[]}"))),
                    @APIResponse(name = VeracityApi.TOO_LARGE, responseCode = "413",
                            description = "The request body is larger than the configured limit; it was not read",
                            content = @Content(mediaType = Problem.MEDIA_TYPE,
                                    schema = @Schema(ref = "Problem"),
                                    examples = @ExampleObject(name = "tooLarge", value = "{\"type\":\"about:blank\","
                                            + "\"title\":\"Request Entity Too Large\",\"status\":413,\"detail\":"
                                            + "\"the request body is too large\",\"errors\":[]}"))),
                    @APIResponse(name = VeracityApi.UNPROCESSABLE, responseCode = "422",
                            description = "A rule refuses the action; the reasons are in `errors`",
                            content = @Content(mediaType = Problem.MEDIA_TYPE,
                                    schema = @Schema(ref = "Problem")))
                }))
public class VeracityApi extends Application {

    /** The name of the bearer security scheme that every operation's requirement refers to. */
    public static final String BEARER = "bearer";

    /** Names of the shared problem responses in {@code components/responses}. */
    public static final String BAD_REQUEST = "BadRequest";
    public static final String UNAUTHORIZED = "Unauthorized";
    public static final String FORBIDDEN = "Forbidden";
    public static final String NOT_FOUND = "NotFound";
    public static final String CONFLICT = "Conflict";
    public static final String TOO_LARGE = "PayloadTooLarge";
    public static final String UNPROCESSABLE = "UnprocessableContent";

    @Override
    public Map<String, Object> getProperties() {
        // Without the first Jersey answers JAXB-annotated classes through JSON-B, which renders them as {}.
        // No WADL: /api/application.wadl and OPTIONS would describe the API to anyone without a token.
        return Map.of("jersey.config.jsonFeature", "MoxyJsonFeature",
                "jersey.config.server.wadl.disableWadl", true);
    }
}
