package org.veracity.interfaces.transparency;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.ArrayList;
import java.util.List;
import org.veracity.application.AuditService;
import org.veracity.application.PublishedCheckpoint;

/**
 * Open data (R23): the audit chain's latest checkpoints, newest first, without a token —
 * {@code {"checkpoints":[{"number","lastSequence","headHash","takenAt","keyId","mac"}]}}.
 */
@Path("v1/transparency/audit-checkpoints")
@Tag(name = "transparency")
public class AuditCheckpointsResource {

    @Inject
    AuditService audit;

    @GET
    @Produces({MediaType.APPLICATION_JSON, MediaType.APPLICATION_XML})
    @Operation(operationId = "auditCheckpoints", summary = "The audit chain's latest sealed checkpoints",
            description = "Public, no token (R21, R23): archive them to hold Veracity to its audit log.")
    @APIResponse(responseCode = "200", description = "The checkpoints, newest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "AuditCheckpoints")))
    public Checkpoints latest(@QueryParam("limit") @DefaultValue("50") int limit) {
        Checkpoints out = new Checkpoints();
        audit.latestCheckpoints(limit).forEach(c -> out.checkpoints.add(Checkpoint.of(c)));
        return out;
    }

    @XmlRootElement(name = "auditCheckpoints")
    @XmlAccessorType(XmlAccessType.FIELD)
    @Schema(name = "AuditCheckpoints")
    public static class Checkpoints {
        @XmlElement(name = "checkpoints")
        public List<Checkpoint> checkpoints = new ArrayList<>();
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @Schema(name = "AuditCheckpoint")
    public static class Checkpoint {
        public long number;
        public long lastSequence;
        public String headHash;
        public String takenAt;
        public String keyId;
        public String mac;

        static Checkpoint of(PublishedCheckpoint c) {
            Checkpoint out = new Checkpoint();
            out.number = c.getNumber();
            out.lastSequence = c.getLastSequence();
            out.headHash = c.getHeadHash();
            out.takenAt = c.getTakenAt().toString();
            out.keyId = c.getKeyId();
            out.mac = c.getMac();
            return out;
        }
    }
}
