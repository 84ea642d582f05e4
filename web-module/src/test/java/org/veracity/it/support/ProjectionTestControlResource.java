package org.veracity.it.support;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Base64;
import java.util.List;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.veracity.application.DistributionProjectionService;
import org.veracity.infrastructure.grid.ChangeFeed;

/**
 * Test deployments only: how the distribution projection stands on this instance, and an item's raw value in the data
 * grid, read and written as base64, so a test can put back a stale value (the drift the reconciliation must repair).
 */
@Path("test/projection")
@Produces(MediaType.TEXT_PLAIN)
public class ProjectionTestControlResource {

    @Inject
    DistributionProjectionService projection;

    /** "available|complete|entries|partitions|members". */
    @GET
    @Path("status")
    public String status() {
        DistributionProjectionService.Status s = projection.status();
        return s.available() + "|" + s.complete() + "|" + s.entries() + "|" + s.partitions() + "|" + s.members();
    }

    @GET
    @Path("items/{id}")
    public String raw(@PathParam("id") String platformId) throws NamingException {
        byte[] value = items().get(platformId);
        return value == null ? "" : Base64.getEncoder().encodeToString(value);
    }

    @POST
    @Path("items/{id}")
    public String overwrite(@PathParam("id") String platformId, @FormParam("value") String value)
            throws NamingException {
        items().set(platformId, Base64.getDecoder().decode(value));
        // As any value in the grid would be: every instance's local copy drops it and reads the grid's.
        new ChangeFeed(grid()).announce(List.of(platformId));
        return "overwritten";
    }

    private static IMap<String, byte[]> items() throws NamingException {
        return grid().getMap("veracity-distribution-items");
    }

    private static HazelcastInstance grid() throws NamingException {
        return (HazelcastInstance) new InitialContext().lookup("payara/Hazelcast");
    }
}
