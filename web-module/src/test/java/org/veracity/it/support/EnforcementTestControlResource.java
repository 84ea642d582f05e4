package org.veracity.it.support;

import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.Set;
import org.veracity.application.EnforcementService;
import org.veracity.application.PolicyCatalogService;
import org.veracity.domain.access.Actor;
import org.veracity.domain.access.Role;
import org.veracity.domain.enforcement.HoaxTopic;
import org.veracity.domain.enforcement.RemovalCategory;

/** Test deployments only: the desk's enforcement use cases, called as a desk user of the given role. */
@Path("test/enforcement")
@Produces(MediaType.TEXT_PLAIN)
public class EnforcementTestControlResource {

    @Inject
    EnforcementService enforcement;

    @Inject
    PolicyCatalogService policies;

    @POST
    @Path("removal")
    public String remove(@FormParam("role") String role, @FormParam("contentId") String contentId,
                         @FormParam("category") String category, @FormParam("exception") String exception,
                         @FormParam("reason") String reason) {
        enforcement.remove(contentId, category == null ? null : RemovalCategory.valueOf(category), exception, reason,
                actor(role));
        return "removed";
    }

    @POST
    @Path("topic-policy")
    public String topic(@FormParam("role") String role, @FormParam("contentId") String contentId,
                        @FormParam("topic") String topic, @FormParam("reason") String reason) {
        enforcement.applyTopicPolicy(contentId, HoaxTopic.valueOf(topic), reason, actor(role));
        return "applied";
    }

    @POST
    @Path("label")
    public String label(@FormParam("role") String role, @FormParam("contentId") String contentId,
                        @FormParam("text") String text, @FormParam("url") String url) {
        enforcement.attachInformLabel(contentId, text, url, actor(role));
        return "labelled";
    }

    @POST
    @Path("policy-versions")
    public String publish(@FormParam("role") String role, @FormParam("policy") String policy,
                          @FormParam("effectiveFrom") String effectiveFrom, @FormParam("summary") String summary) {
        return policies.publishVersion(policy, Instant.parse(effectiveFrom), summary, actor(role)).reference();
    }

    @POST
    @Path("exceptions")
    public String designateException(@FormParam("role") String role, @FormParam("code") String code,
                                     @FormParam("name") String name, @FormParam("regions") String regions,
                                     @FormParam("effectiveFrom") String from, @FormParam("description") String description) {
        enforcement.designateException(code, name, regions == null || regions.isBlank() ? java.util.List.of()
                : java.util.List.of(regions.split(",")), Instant.parse(from), null, description, actor(role));
        return "designated";
    }

    @POST
    @Path("exceptions/{code}/end")
    public String endException(@jakarta.ws.rs.PathParam("code") String code, @FormParam("role") String role) {
        enforcement.endException(code, actor(role));
        return "ended";
    }

    private static Actor actor(String role) {
        return new Actor("test-" + role.toLowerCase(), Set.of(Role.valueOf(role)));
    }
}
