package org.veracity.it.support;

import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.stream.Collectors;
import org.veracity.domain.audit.AuditRepository;
import org.veracity.domain.audit.AuditSubject;

/** Test deployments only: reads the audit trail of one subject, to check what a use case recorded (issue 10). */
@Path("test/audit")
@Produces(MediaType.TEXT_PLAIN)
public class CopiesTestControlResource {

    @Inject
    AuditRepository audit;

    /** One line per event of the subject, oldest first: action|actor|reason. */
    @POST
    public String events(@FormParam("type") String type, @FormParam("id") String id) {
        return audit.findBySubject(AuditSubject.valueOf(type),
                id).stream().map(e -> e.getAction() + "|" + e.getActor() + "|" + e.getReason())
                .collect(Collectors.joining("\n"));
    }
}
