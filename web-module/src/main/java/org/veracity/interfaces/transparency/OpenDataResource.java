package org.veracity.interfaces.transparency;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.veracity.application.ExemptionService;
import org.veracity.application.FieldProblem;
import org.veracity.application.InvalidInputException;
import org.veracity.application.TransparencyService;
import org.veracity.domain.transparency.ClaimReviewRating;
import org.veracity.domain.transparency.EnforcementCount;
import org.veracity.domain.transparency.ExemptionRebuild;
import org.veracity.domain.transparency.Freshness;
import org.veracity.domain.transparency.PublishedFactCheck;
import org.veracity.interfaces.JsonDocuments;
import org.veracity.interfaces.rest.VeracityApi;

/**
 * Open data (R23), public and without a token: JSON by default, CSV for {@code Accept: text/csv}, cacheable
 * ({@code ETag}, {@code Last-Modified}, {@code 304}), lists paged with {@code limit} and an opaque
 * {@code cursor}. The figures come from the summary tables the {@code recompute-transparency} job rebuilds.
 */
@Path("v1/transparency")
@Tag(name = "transparency", description = "Public open data: what Veracity did, as JSON and CSV (R23)")
public class OpenDataResource {

    static final int DEFAULT_LIMIT = 500;
    private static final String CURSOR = "The `nextCursor` of the previous page; absent for the first";

    @Inject
    TransparencyService transparency;

    @Inject
    ExemptionService exemptions;

    @Context
    HttpHeaders headers;

    @Context
    Request request;

    @Context
    UriInfo uri;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "transparencyIndex", summary = "The open data sets and public pages",
            description = "Every data set under /api/v1/transparency with its formats, and the public pages.")
    @APIResponse(responseCode = "200", description = "The index",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "OpenDataIndex")))
    public Index index() {
        Index index = new Index();
        index.datasets.add(Dataset.of("enforcement", "/api/v1/transparency/enforcement", "/transparency/enforcement.xhtml",
                "Enforcement events per ISO week, cited policy version, action and region", true));
        index.datasets.add(Dataset.of("fact-checking", "/api/v1/transparency/fact-checking", "/transparency/fact-checking.xhtml",
                "Items enqueued (predicted, manual), current ratings per verdict and partner, median hours from"
                        + " enqueue to rating, disputes by outcome", true));
        index.datasets.add(Dataset.of("fact-checks", "/api/v1/transparency/fact-checks", "/transparency/fact-checks.xhtml",
                "Published fact-checks: claim, verdict, partner, article link, date", true));
        index.datasets.add(Dataset.of("claim-reviews", "/api/v1/transparency/claim-reviews", "/transparency/fact-checks.xhtml",
                "Published fact-checks as schema.org ClaimReview (JSON-LD)", true));
        index.datasets.add(Dataset.of("exemptions", "/api/v1/transparency/exemptions", "/transparency/exemptions.xhtml",
                "The popular-site exemption list: size, source ranking and date, changes per rebuild, overrides", true));
        index.datasets.add(Dataset.of("audit-checkpoints", "/api/v1/transparency/audit-checkpoints", "/transparency/index.xhtml",
                "The audit chain's sealed checkpoints", false));
        index.datasets.add(Dataset.of("daily-dumps", "/transparency/data/", "/transparency/open-data.xhtml",
                "Every day's files as gzipped CSV with a manifest of rows and SHA-256 sums", false));
        index.datasets.get(index.datasets.size() - 1).formats = new ArrayList<>(List.of("application/gzip"));
        index.datasets.add(Dataset.of("political-ads", "/api/v1/transparency/political-ads", "/transparency/political-ads",
                "The political ad library", true));
        index.datasets.add(Dataset.of("escalations", "/api/v1/transparency/escalations", "/transparency/escalations",
                "Escalation volumes and response times by reporter size", true));
        return index;
    }

    @GET
    @Path("enforcement")
    @Produces({MediaType.APPLICATION_JSON, OpenDataAnswers.CSV})
    @Operation(operationId = "transparencyEnforcement", summary = "Enforcement counts per week, policy, action and region",
            description = "Rows `{week, policy, action, region, count}`, newest week first; `policy` is the cited policy"
                    + " version, `region` ISO 3166-1 alpha-2 (`ZZ`: none). CSV with `Accept: text/csv`.")
    @APIResponse(responseCode = "200", description = "One page of counts",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "EnforcementPage")),
                @Content(mediaType = OpenDataAnswers.CSV)})
    @APIResponse(responseCode = "304", description = "Unchanged since the client's copy (ETag / Last-Modified)")
    public Response enforcement(@Parameter(description = "Only this region (ISO 3166-1 alpha-2)", example = "US")
                                @QueryParam("region") String region,
                                @Parameter(description = "Rows per page (1–1000)", example = "500", schema = @Schema(type = SchemaType.INTEGER))
                                @QueryParam("limit") @DefaultValue("500") String limit,
                                @Parameter(description = CURSOR) @QueryParam("cursor") String cursor) {
        int size = OpenDataAnswers.limit(limit, TransparencyService.MOST_ROWS);
        if (region != null && !region.isBlank() && !region.matches("[A-Z]{2}")) {
            throw new InvalidInputException(List.of(new FieldProblem("region", "must be two capital letters, e.g. US")));
        }
        long offset = OpenDataAnswers.position(cursor, 0);
        List<EnforcementCount> rows = transparency.enforcement(region, (int) Math.min(offset, Integer.MAX_VALUE), size + 1);
        EnforcementPage page = new EnforcementPage();
        Instant refreshed = transparency.freshness(Freshness.ENFORCEMENT).map(Freshness::refreshedAt).orElse(null);
        page.refreshedAt = refreshed == null ? null : refreshed.toString();
        rows.stream().limit(size).forEach(r -> page.rows.add(EnforcementRow.of(r)));
        if (rows.size() > size) {
            page.nextCursor = OpenDataAnswers.cursor(offset + size);
        }
        String csv = OpenDataAnswers.csv(List.of("week", "policy", "action", "region", "count"),
                page.rows.stream().<List<?>>map(r -> List.of(r.week, r.policy, r.action, r.region, r.count)).toList());
        return OpenDataAnswers.answer(request, page, csv, OpenDataAnswers.wantsCsv(headers),
                csv + page.nextCursor + page.refreshedAt, refreshed, OpenDataAnswers.next(uri, page.nextCursor));
    }

    @GET
    @Path("fact-checking")
    @Produces({MediaType.APPLICATION_JSON, OpenDataAnswers.CSV})
    @Operation(operationId = "transparencyFactChecking", summary = "Fact-checking figures",
            description = "Rows `{figure, label, value}`: `enqueued` per route (PREDICTED, MANUAL), `verdict` per"
                    + " verdict and `partner` per partner organisation (current ratings), `dispute` per outcome, and"
                    + " `median-hours-to-rating`. CSV with `Accept: text/csv`.")
    @APIResponse(responseCode = "200", description = "The figures",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "FactCheckingFigures")),
                @Content(mediaType = OpenDataAnswers.CSV)})
    @APIResponse(responseCode = "304", description = "Unchanged since the client's copy (ETag / Last-Modified)")
    public Response factChecking() {
        FactCheckingFigures doc = new FactCheckingFigures();
        Instant refreshed = transparency.freshness(Freshness.FACT_CHECKING).map(Freshness::refreshedAt).orElse(null);
        doc.refreshedAt = refreshed == null ? null : refreshed.toString();
        transparency.factCheckFigures().forEach(f -> {
            Figure figure = new Figure();
            figure.figure = f.figure();
            figure.label = f.label();
            figure.value = f.value();
            doc.figures.add(figure);
        });
        String csv = OpenDataAnswers.csv(List.of("figure", "label", "value"),
                doc.figures.stream().<List<?>>map(f -> List.of(f.figure, f.label, f.value)).toList());
        return OpenDataAnswers.answer(request, doc, csv, OpenDataAnswers.wantsCsv(headers), csv + doc.refreshedAt,
                refreshed);
    }

    @GET
    @Path("fact-checks")
    @Produces({MediaType.APPLICATION_JSON, OpenDataAnswers.CSV})
    @Operation(operationId = "transparencyFactChecks", summary = "Published fact-checks, newest first",
            description = "Each current rating with its claim, verdict, partner organisation, article link and date;"
                    + " `appearanceUrl` only for posts by pages, politicians and campaigns. CSV with `Accept: text/csv`.")
    @APIResponse(responseCode = "200", description = "One page of fact-checks",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "FactChecksPage")),
                @Content(mediaType = OpenDataAnswers.CSV)})
    @APIResponse(responseCode = "304", description = "Unchanged since the client's copy (ETag / Last-Modified)")
    public Response factChecks(@Parameter(description = "Fact-checks per page (1–1000)", example = "500", schema = @Schema(type = SchemaType.INTEGER))
                               @QueryParam("limit") @DefaultValue("500") String limit,
                               @Parameter(description = CURSOR) @QueryParam("cursor") String cursor) {
        int size = OpenDataAnswers.limit(limit, TransparencyService.MOST_ROWS);
        List<PublishedFactCheck> found = published(cursor, size);
        FactChecksPage page = new FactChecksPage();
        found.stream().limit(size).forEach(f -> page.items.add(FactCheck.of(f)));
        if (found.size() > size) {
            page.nextCursor = OpenDataAnswers.cursor(found.get(size - 1).id());
        }
        String csv = OpenDataAnswers.csv(List.of("id", "claim", "verdict", "partner", "articleUrl", "publishedAt",
                        "appearanceUrl", "firstAppearance", "region"),
                page.items.stream().<List<?>>map(f -> java.util.Arrays.asList(f.id, f.claim, f.verdict, f.partner,
                        f.articleUrl, f.publishedAt, f.appearanceUrl, f.firstAppearance, f.region)).toList());
        return OpenDataAnswers.answer(request, page, csv, OpenDataAnswers.wantsCsv(headers), csv + page.nextCursor,
                latest(found), OpenDataAnswers.next(uri, page.nextCursor));
    }

    @GET
    @Path("claim-reviews")
    @Produces({MediaType.APPLICATION_JSON, "application/ld+json", OpenDataAnswers.CSV})
    @Operation(operationId = "transparencyClaimReviews", summary = "Published fact-checks as schema.org ClaimReview",
            description = "A JSON-LD document whose `@graph` holds one `ClaimReview` per published rating, newest first."
                    + " CSV with `Accept: text/csv`: one record per ClaimReview, each column named by its path in the"
                    + " JSON-LD (`author.name`, `reviewRating.alternateName`, …); the next page's address is in the"
                    + " `Link` header (`rel=\"next\"`).")
    @APIResponse(responseCode = "200", description = "One page of ClaimReviews",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ClaimReviewFeed")),
                @Content(mediaType = OpenDataAnswers.CSV)})
    @APIResponse(responseCode = "304", description = "Unchanged since the client's copy (ETag / Last-Modified)")
    public Response claimReviews(@Parameter(description = "ClaimReviews per page (1–1000)", example = "500", schema = @Schema(type = SchemaType.INTEGER))
                                 @QueryParam("limit") @DefaultValue("500") String limit,
                                 @Parameter(description = CURSOR) @QueryParam("cursor") String cursor) {
        int size = OpenDataAnswers.limit(limit, TransparencyService.MOST_ROWS);
        List<PublishedFactCheck> found = published(cursor, size);
        List<jakarta.json.JsonObject> reviews = found.stream().limit(size).map(ClaimReviews::of).toList();
        jakarta.json.JsonArrayBuilder graph = JsonDocuments.BUILDERS.createArrayBuilder();
        reviews.forEach(graph::add);
        jakarta.json.JsonObjectBuilder feed = JsonDocuments.BUILDERS.createObjectBuilder()
                .add("@context", "https://schema.org").add("@graph", graph);
        String next = found.size() > size ? OpenDataAnswers.cursor(found.get(size - 1).id()) : null;
        if (next != null) {
            feed.add("nextCursor", next);
        }
        String json = feed.build().toString();
        String csv = OpenDataAnswers.csv(ClaimReviews.CSV_COLUMNS, reviews.stream().<List<?>>map(ClaimReviews::csvRecord)
                .toList());
        return OpenDataAnswers.answer(request, json, csv, OpenDataAnswers.wantsCsv(headers), json, latest(found),
                OpenDataAnswers.next(uri, next));
    }

    @GET
    @Path("exemptions")
    @Produces({MediaType.APPLICATION_JSON, OpenDataAnswers.CSV})
    @Operation(operationId = "transparencyExemptions", summary = "The popular-site exemption list",
            description = "The list in force (size, source ranking, date), its rebuilds with the domains added and"
                    + " dropped, and the overrides in force with their public reason. CSV (the rebuilds) with"
                    + " `Accept: text/csv`.")
    @APIResponse(responseCode = "200", description = "The exemption list's figures",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ExemptionFigures")),
                @Content(mediaType = OpenDataAnswers.CSV)})
    @APIResponse(responseCode = "304", description = "Unchanged since the client's copy (ETag / Last-Modified)")
    public Response exemptions() {
        ExemptionService.ExemptionStatus status = exemptions.status(0, 1);
        ExemptionFigures doc = new ExemptionFigures();
        if (status.active() != null) {
            doc.size = status.active().size();
            doc.source = sourceName(status.active().source());
            doc.builtAt = status.active().builtAt().toString();
        }
        status.history().forEach(l -> {
            Rebuild r = new Rebuild();
            r.builtAt = l.builtAt().toString();
            r.source = sourceName(l.source());
            r.size = l.size();
            r.added = l.entered();
            r.dropped = l.left();
            r.active = l.active();
            doc.rebuilds.add(r);
        });
        status.overrides().stream().filter(ExemptionService.OverrideView::inForce)
                .sorted(Comparator.comparing(ExemptionService.OverrideView::domain)).forEach(o -> {
                    ExemptionOverride out = new ExemptionOverride();
                    out.domain = o.domain();
                    out.mode = o.mode();
                    out.reason = o.reason();
                    out.since = o.createdAt().toString();
                    out.expiresAt = o.expiresAt() == null ? null : o.expiresAt().toString();
                    doc.overrides.add(out);
                });
        String csv = OpenDataAnswers.csv(List.of("builtAt", "source", "size", "added", "dropped", "active"),
                doc.rebuilds.stream().<List<?>>map(r -> List.of(r.builtAt, r.source, r.size, r.added, r.dropped, r.active))
                        .toList());
        String fingerprint = csv + doc.overrides.stream().map(o -> o.domain + o.mode + o.reason + o.expiresAt).toList();
        Instant modified = status.history().stream().map(ExemptionService.ListInfo::builtAt).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null);
        return OpenDataAnswers.answer(request, doc, csv, OpenDataAnswers.wantsCsv(headers), fingerprint, modified);
    }

    /** The ranking's file name, without the server's directories. */
    static String sourceName(String source) {
        return ExemptionRebuild.publicSource(source);
    }

    private List<PublishedFactCheck> published(String cursor, int size) {
        long before = OpenDataAnswers.position(cursor, Long.MAX_VALUE);
        return transparency.publishedFactChecks(Math.max(1, before), size + 1);
    }

    private static Instant latest(List<PublishedFactCheck> found) {
        return found.stream().map(PublishedFactCheck::publishedAt).max(Comparator.naturalOrder()).orElse(null);
    }

    @XmlRootElement(name = "openData")
    @XmlAccessorType(XmlAccessType.FIELD)
    @Schema(name = "OpenDataIndex", description = "The open data sets and the public pages that show them")
    public static class Index {
        @XmlElement(name = "datasets")
        public List<Dataset> datasets = new ArrayList<>();
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @Schema(name = "OpenDataSet")
    public static class Dataset {
        public String name;
        public String href;
        public String page;
        public String description;
        @XmlElement(name = "formats")
        public List<String> formats = new ArrayList<>();

        static Dataset of(String name, String href, String page, String description, boolean csv) {
            Dataset d = new Dataset();
            d.name = name;
            d.href = href;
            d.page = page;
            d.description = description;
            d.formats.add(MediaType.APPLICATION_JSON);
            if (csv) {
                d.formats.add(OpenDataAnswers.CSV);
            }
            return d;
        }
    }

    @XmlRootElement(name = "enforcement")
    @XmlAccessorType(XmlAccessType.FIELD)
    @Schema(name = "EnforcementPage", description = "Enforcement counts; `refreshedAt` says how fresh they are")
    public static class EnforcementPage {
        public String refreshedAt;
        @XmlElement(name = "rows")
        public List<EnforcementRow> rows = new ArrayList<>();
        public String nextCursor;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @Schema(name = "EnforcementRow")
    public static class EnforcementRow {
        @Schema(example = "2026-W49")
        public String week;
        @Schema(description = "The cited policy version", example = "voter-interference@v1")
        public String policy;
        @Schema(example = "REMOVED")
        public String action;
        @Schema(example = "US")
        public String region;
        public long count;

        static EnforcementRow of(EnforcementCount c) {
            EnforcementRow r = new EnforcementRow();
            r.week = c.week();
            r.policy = c.policy();
            r.action = c.action();
            r.region = c.region();
            r.count = c.count();
            return r;
        }
    }

    @XmlRootElement(name = "factChecking")
    @XmlAccessorType(XmlAccessType.FIELD)
    @Schema(name = "FactCheckingFigures")
    public static class FactCheckingFigures {
        public String refreshedAt;
        @XmlElement(name = "figures")
        public List<Figure> figures = new ArrayList<>();
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @Schema(name = "FactCheckingFigure")
    public static class Figure {
        @Schema(example = "verdict")
        public String figure;
        @Schema(example = "FALSE")
        public String label;
        public double value;
    }

    @XmlRootElement(name = "factChecks")
    @XmlAccessorType(XmlAccessType.FIELD)
    @Schema(name = "FactChecksPage")
    public static class FactChecksPage {
        @XmlElement(name = "items")
        public List<FactCheck> items = new ArrayList<>();
        public String nextCursor;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @Schema(name = "PublishedFactCheck")
    public static class FactCheck {
        public long id;
        public String claim;
        public String verdict;
        @Schema(description = "The verdict's textual rating, as in the ClaimReview")
        public String rating;
        public String partner;
        public String articleUrl;
        public String publishedAt;
        public String appearanceUrl;
        public String firstAppearance;
        public String region;
        public String page;

        static FactCheck of(PublishedFactCheck f) {
            FactCheck out = new FactCheck();
            out.id = f.id();
            out.claim = f.claim();
            out.verdict = f.verdict().name();
            out.rating = ClaimReviewRating.of(f.verdict()).alternateName();
            out.partner = f.partner();
            out.articleUrl = f.articleUrl();
            out.publishedAt = f.publishedAt().toString();
            out.appearanceUrl = f.appearanceUrl();
            out.firstAppearance = f.firstAppearance().toString();
            out.region = f.region();
            out.page = "/transparency/fact-check.xhtml?id=" + f.id();
            return out;
        }
    }

    /** Describes the JSON-LD feed for the OpenAPI document; the feed itself is written by {@link ClaimReviews}. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @Schema(name = "ClaimReviewFeed", description = "JSON-LD: `@graph` holds schema.org ClaimReview objects")
    public static class ClaimReviewFeed {
        @XmlElement(name = "@context")
        @Schema(example = "https://schema.org")
        public String context;
        @XmlElement(name = "@graph")
        public List<ClaimReviewDoc> graph = new ArrayList<>();
        public String nextCursor;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @Schema(name = "ClaimReview", description = "schema.org ClaimReview; nested objects carry their own `@type`")
    public static class ClaimReviewDoc {
        @XmlElement(name = "@type")
        @Schema(example = "ClaimReview")
        public String type;
        public String url;
        public String claimReviewed;
        public String datePublished;
        public ClaimReviewPart author;
        public ClaimReviewPart reviewRating;
        public ClaimReviewPart itemReviewed;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @Schema(name = "ClaimReviewPart", description = "An Organization, Rating or Claim (see schema.org)")
    public static class ClaimReviewPart {
        @XmlElement(name = "@type")
        public String type;
        public String name;
        public Integer ratingValue;
        public Integer bestRating;
        public Integer worstRating;
        public String alternateName;
    }

    @XmlRootElement(name = "exemptions")
    @XmlAccessorType(XmlAccessType.FIELD)
    @Schema(name = "ExemptionFigures")
    public static class ExemptionFigures {
        @Schema(description = "Domains on the list in force (0 before the first rebuild)")
        public int size;
        @Schema(description = "The ranking the list in force was built from (file name)")
        public String source;
        public String builtAt;
        @XmlElement(name = "rebuilds")
        public List<Rebuild> rebuilds = new ArrayList<>();
        @XmlElement(name = "overrides")
        public List<ExemptionOverride> overrides = new ArrayList<>();
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @Schema(name = "ExemptionRebuild")
    public static class Rebuild {
        public String builtAt;
        public String source;
        public int size;
        public int added;
        public int dropped;
        public boolean active;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @Schema(name = "ExemptionOverride")
    public static class ExemptionOverride {
        public String domain;
        public String mode;
        @Schema(description = "The public reason the specialist gave")
        public String reason;
        public String since;
        public String expiresAt;
    }
}
