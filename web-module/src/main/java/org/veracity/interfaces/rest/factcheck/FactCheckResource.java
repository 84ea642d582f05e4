package org.veracity.interfaces.rest.factcheck;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.ArrayList;
import java.util.List;
import org.veracity.application.FactCheckService;
import org.veracity.application.FactCheckService.Lease;
import org.veracity.application.FieldProblem;
import org.veracity.application.InvalidInputException;
import org.veracity.application.RatingCommand;
import org.veracity.domain.access.Scope;
import org.veracity.domain.factcheck.QueueFilter;
import org.veracity.domain.factcheck.Verdict;
import org.veracity.interfaces.rest.Conversions;
import org.veracity.interfaces.rest.Problem;
import org.veracity.interfaces.rest.access.Caller;
import org.veracity.interfaces.rest.access.RequiresScope;

/** R7 for partners that integrate: their organisation's queue, claims and ratings (DESIGN §4). */
@Path("v1/factcheck")
@Produces({MediaType.APPLICATION_JSON, MediaType.APPLICATION_XML, Problem.MEDIA_TYPE})
@Consumes({MediaType.APPLICATION_JSON, MediaType.APPLICATION_XML})
@RequiresScope(Scope.FACTCHECK_WRITE)
public class FactCheckResource {

    @Inject
    FactCheckService factChecking;

    @Inject
    Caller caller;

    /** The caller's organisation's queue, highest priority first; {@code cursor} is the opaque offset of the next page. */
    @GET
    @Path("queue")
    public QueueDocument queue(@QueryParam("limit") @DefaultValue("50") int limit,
                               @QueryParam("cursor") String cursor) {
        int offset = cursor == null ? 0 : decode(cursor);
        FactCheckService.QueuePage page = factChecking.queue(QueueFilter.OPEN, offset, limit, caller.actor());
        QueueDocument doc = new QueueDocument();
        page.rows().forEach(r -> {
            QueueDocument.Entry e = new QueueDocument.Entry();
            e.id = r.contentId();
            e.domain = r.domain();
            e.excerpt = r.excerpt();
            e.language = r.language();
            e.region = r.region();
            e.route = r.route();
            e.status = r.status();
            e.priority = r.priority();
            e.issue = r.issue();
            e.claimedBy = r.claimedBy();
            e.leaseUntil = Conversions.text(r.leaseUntil());
            e.multiplier = r.multiplierNow();
            doc.items.add(e);
        });
        doc.total = page.total();
        if (offset + page.rows().size() < page.total()) {
            doc.nextCursor = Integer.toString(offset + page.rows().size(), 36);
        }
        return doc;
    }

    @POST
    @Path("queue/{itemId}/claim")
    public LeaseDocument claim(@PathParam("itemId") String itemId) {
        Lease lease = factChecking.claim(itemId, caller.actor());
        LeaseDocument doc = new LeaseDocument();
        doc.id = lease.contentId();
        doc.claimedBy = lease.claimedBy();
        doc.leaseUntil = Conversions.text(lease.leaseUntil());
        return doc;
    }

    @POST
    @Path("queue/{itemId}/release")
    public LeaseDocument release(@PathParam("itemId") String itemId) {
        factChecking.release(itemId, caller.actor());
        LeaseDocument doc = new LeaseDocument();
        doc.id = itemId;
        return doc;
    }

    @POST
    @Path("queue/{itemId}/rating")
    public RatingDocument rate(@PathParam("itemId") String itemId, RatingBody body) {
        RatingBody b = body == null ? new RatingBody() : body;
        List<FieldProblem> problems = new ArrayList<>();
        Verdict verdict = Conversions.enumValue("rating", b.rating, Verdict.class, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        RatingDocument doc = new RatingDocument();
        doc.ratingId = factChecking.rate(itemId, new RatingCommand(verdict, b.claim, b.articleUrl, b.summary),
                caller.actor());
        doc.id = itemId;
        doc.rating = verdict.name();
        return doc;
    }

    /** A publisher's dispute of a rating, relayed by the integrator that serves the publisher (R7). */
    @POST
    @Path("ratings/{ratingId}/disputes")
    @RequiresScope(Scope.CONTENT_WRITE)
    public DisputeDocument dispute(@PathParam("ratingId") long ratingId, DisputeBody body) {
        DisputeBody b = body == null ? new DisputeBody() : body;
        DisputeDocument doc = new DisputeDocument();
        doc.disputeId = factChecking.dispute(ratingId, b.publisher, b.statement, caller.actor());
        doc.ratingId = ratingId;
        doc.status = "OPEN";
        return doc;
    }

    /** Items resembling ones the caller's organisation rated False/Altered, to confirm or reject as copies (issue 10). */
    @GET
    @Path("possible-copies")
    public PossibleCopiesDocument possibleCopies() {
        PossibleCopiesDocument doc = new PossibleCopiesDocument();
        factChecking.possibleCopies(caller.actor()).forEach(c -> {
            PossibleCopiesDocument.Entry e = new PossibleCopiesDocument.Entry();
            e.possibleCopyId = c.id();
            e.id = c.contentId();
            e.text = c.text();
            e.copyOf = c.originalId();
            e.rating = c.verdict();
            e.claim = c.claim();
            e.similarity = c.similarity();
            e.evidence = c.evidence();
            e.offeredAt = Conversions.text(c.offeredAt());
            doc.items.add(e);
        });
        return doc;
    }

    @POST
    @Path("possible-copies/{possibleCopyId}/confirm")
    public CopyDecisionDocument confirmCopy(@PathParam("possibleCopyId") long possibleCopyId) {
        CopyDecisionDocument doc = new CopyDecisionDocument();
        doc.possibleCopyId = possibleCopyId;
        doc.outcome = factChecking.confirmCopy(possibleCopyId, caller.actor());
        doc.status = "CONFIRMED";
        return doc;
    }

    @POST
    @Path("possible-copies/{possibleCopyId}/reject")
    public CopyDecisionDocument rejectCopy(@PathParam("possibleCopyId") long possibleCopyId) {
        factChecking.rejectCopy(possibleCopyId, caller.actor());
        CopyDecisionDocument doc = new CopyDecisionDocument();
        doc.possibleCopyId = possibleCopyId;
        doc.status = "REJECTED";
        return doc;
    }

    @XmlRootElement(name = "possibleCopies")
    @XmlAccessorType(XmlAccessType.FIELD)
    public static class PossibleCopiesDocument {
        @XmlElement(name = "items")
        public List<Entry> items = new ArrayList<>();

        @XmlAccessorType(XmlAccessType.FIELD)
        public static class Entry {
            public long possibleCopyId;
            public String id;
            public String text;
            public String copyOf;
            public String rating;
            public String claim;
            public double similarity;
            public String evidence;
            public String offeredAt;
        }
    }

    @XmlRootElement(name = "copyDecision")
    @XmlAccessorType(XmlAccessType.FIELD)
    public static class CopyDecisionDocument {
        public long possibleCopyId;
        public String status;
        public String outcome;
    }

    @XmlRootElement(name = "dispute")
    @XmlAccessorType(XmlAccessType.FIELD)
    public static class DisputeBody {
        public String publisher;
        public String statement;
    }

    @XmlRootElement(name = "disputeResult")
    @XmlAccessorType(XmlAccessType.FIELD)
    public static class DisputeDocument {
        public long disputeId;
        public long ratingId;
        public String status;
    }

    private static int decode(String cursor) {
        try {
            return Integer.parseInt(cursor, 36);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(List.of(new FieldProblem("cursor", "is not a cursor this API gave out")));
        }
    }

    @XmlRootElement(name = "rating")
    @XmlAccessorType(XmlAccessType.FIELD)
    public static class RatingBody {
        public String rating;
        public String claim;
        public String articleUrl;
        public String summary;
    }

    @XmlRootElement(name = "ratingResult")
    @XmlAccessorType(XmlAccessType.FIELD)
    public static class RatingDocument {
        public String id;
        public long ratingId;
        public String rating;
    }

    @XmlRootElement(name = "lease")
    @XmlAccessorType(XmlAccessType.FIELD)
    public static class LeaseDocument {
        public String id;
        public String claimedBy;
        public String leaseUntil;
    }

    @XmlRootElement(name = "queue")
    @XmlAccessorType(XmlAccessType.FIELD)
    public static class QueueDocument {
        @XmlElement(name = "items")
        public List<Entry> items = new ArrayList<>();
        public long total;
        public String nextCursor;

        @XmlAccessorType(XmlAccessType.FIELD)
        public static class Entry {
            public String id;
            public String domain;
            public String excerpt;
            public String language;
            public String region;
            public String route;
            public String status;
            public double priority;
            public String issue;
            public String claimedBy;
            public String leaseUntil;
            public double multiplier;
        }
    }
}
