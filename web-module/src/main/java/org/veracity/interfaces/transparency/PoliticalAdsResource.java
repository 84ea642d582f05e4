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
import jakarta.ws.rs.core.Response;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.veracity.application.PoliticalAdService;
import org.veracity.application.PoliticalAdService.LibraryEntry;

/**
 * Open data (R19, R23): the ad library, newest first, without a token — JSON or XML by default, CSV for
 * {@code Accept: text/csv} (or {@code ?format=csv}):
 * {@code {"ads":[{"id","advertiser","advertiserKind","paidForBy","region","postedAt","until","reach","text","status","reason"}]}}.
 */
@Path("v1/transparency/political-ads")
@Tag(name = "transparency")
public class PoliticalAdsResource {

    static final String CSV_HEADER = "id,advertiser,advertiserKind,paidForBy,region,postedAt,until,reach,status,reason,text";

    @Inject
    PoliticalAdService ads;

    @Context
    HttpHeaders headers;

    @GET
    @Produces({MediaType.APPLICATION_JSON, MediaType.APPLICATION_XML, OpenDataAnswers.CSV})
    @Operation(operationId = "politicalAdLibrary", summary = "The political ad library",
            description = "Public, no token (R19, R23): every political ad received — advertiser, paid-for-by, region, "
                    + "dates, reach (the view count the platform reported with the ad; absent when it reported none) — "
                    + "with its status: RUNNING, REJECTED (at intake: a banned region or no paid-for-by disclosure; "
                    + "later: rated False/Altered, a COVID-19 or vaccine hoax) or REMOVED, and the reason. CSV for "
                    + "`Accept: text/csv` or `?format=csv`.")
    @APIResponse(responseCode = "200", description = "The ads, newest first",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "PoliticalAdLibrary")),
                @Content(mediaType = OpenDataAnswers.CSV, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING))})
    public Response library(@QueryParam("limit") @DefaultValue("500") int limit,
                            @QueryParam("format") String format) {
        List<LibraryEntry> entries = ads.library(Math.max(1, Math.min(limit, 5000)));
        if ("csv".equalsIgnoreCase(format) || OpenDataAnswers.wantsCsv(headers)) {
            return Response.ok(csv(entries), OpenDataAnswers.CSV_TYPE)
                    .header("Content-Disposition", "inline; filename=\"political-ads.csv\"").build();
        }
        Library out = new Library();
        entries.forEach(e -> out.ads.add(Ad.of(e)));
        return Response.ok(out).build();
    }

    static String csv(List<LibraryEntry> entries) {
        return OpenDataAnswers.csv(List.of(CSV_HEADER.split(",")), entries.stream()
                .<List<?>>map(e -> Arrays.asList(e.id(), e.advertiser(), e.advertiserKind(), e.paidForBy(), e.region(),
                        e.postedAt(), e.until(), e.reach(), e.status(), e.reason(),
                        e.text()))
                .toList());
    }

    private static String str(Object o) {
        return o == null ? "" : o.toString();
    }

    @XmlRootElement(name = "politicalAds")
    @XmlAccessorType(XmlAccessType.FIELD)
    @Schema(name = "PoliticalAdLibrary")
    public static class Library {
        @XmlElement(name = "ads")
        public List<Ad> ads = new ArrayList<>();
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @Schema(name = "PoliticalAd")
    public static class Ad {
        public String id;
        public String advertiser;
        public String advertiserKind;
        public String paidForBy;
        public String region;
        public String postedAt;
        @Schema(description = "When it stopped running (rejected or removed); absent while it runs")
        public String until;
        @Schema(description = "Views the platform reported with the ad; absent when it reported none")
        public Long reach;
        public String text;
        @Schema(description = "RUNNING, REJECTED or REMOVED")
        public String status;
        public String reason;

        static Ad of(LibraryEntry e) {
            Ad a = new Ad();
            a.id = e.id();
            a.advertiser = e.advertiser();
            a.advertiserKind = e.advertiserKind();
            a.paidForBy = e.paidForBy();
            a.region = e.region();
            a.postedAt = str(e.postedAt());
            a.until = e.until() == null ? null : e.until().toString();
            a.reach = e.reach();
            a.text = e.text();
            a.status = e.status();
            a.reason = e.reason();
            return a;
        }
    }
}
