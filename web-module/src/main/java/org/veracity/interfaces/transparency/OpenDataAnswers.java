package org.veracity.interfaces.transparency;

import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.veracity.application.FieldProblem;
import org.veracity.application.InvalidInputException;

/**
 * How every open-data answer is made (R23): JSON unless the client asks for {@code text/csv}; CSV written by
 * Commons CSV (RFC 4180 quoting); an {@code ETag} from the answer's content and a {@code Last-Modified} from
 * the figures' freshness, so a client that already has the answer gets {@code 304 Not Modified}; opaque
 * cursors for paging.
 */
final class OpenDataAnswers {

    static final String CSV = "text/csv";
    static final MediaType CSV_TYPE = new MediaType("text", "csv", StandardCharsets.UTF_8.name());
    private static final CacheControl PUBLIC = CacheControl.valueOf("public, max-age=300");

    private OpenDataAnswers() {
    }

    /** CSV only when the client prefers it to JSON (a bare or absent {@code Accept} gets JSON). */
    static boolean wantsCsv(HttpHeaders headers) {
        for (MediaType acceptable : headers.getAcceptableMediaTypes()) {
            if (acceptable.isWildcardType() || acceptable.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
            if ("text".equals(acceptable.getType()) && "csv".equals(acceptable.getSubtype())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A CSV document: the header, then one record per row. Text that a spreadsheet would run as a formula (it starts
     * with {@code = + - @}, a tab or a carriage return) gets a leading apostrophe: posts, claims and reasons are
     * written by the public, and the open data is opened in spreadsheets.
     */
    static String csv(List<String> header, List<List<?>> rows) {
        StringWriter out = new StringWriter();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new))
                .setRecordSeparator("\n").get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (List<?> row : rows) {
                printer.printRecord(row.stream().map(OpenDataAnswers::defused).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static Object defused(Object value) {
        if (value instanceof String text && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return value;
    }

    /**
     * The answer, or {@code 304} when the client's {@code If-None-Match}/{@code If-Modified-Since} still hold.
     * {@code fingerprint} is what the answer is made of (the CSV text serves both formats).
     */
    static Response answer(Request request, Object json, String csvText, boolean csv, String fingerprint,
                           Instant lastModified) {
        return answer(request, json, csvText, csv, fingerprint, lastModified, null);
    }

    /**
     * A page of a list: as {@link #answer(Request, Object, String, boolean, String, Instant)}, with a
     * {@code Link: <…>; rel="next"} header when there is a next page ({@code next} is the page's own address with the
     * next cursor), so a CSV client, whose document has no room for {@code nextCursor}, pages the same way.
     */
    static Response answer(Request request, Object json, String csvText, boolean csv, String fingerprint,
                           Instant lastModified, URI next) {
        EntityTag tag = new EntityTag(sha256((csv ? "csv\n" : "json\n") + fingerprint));
        Date modified = lastModified == null ? null : Date.from(lastModified.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        Response.ResponseBuilder notModified = modified == null ? request.evaluatePreconditions(tag)
                : request.evaluatePreconditions(modified, tag);
        Response.ResponseBuilder answer = notModified != null ? notModified
                : csv ? Response.ok(csvText, CSV_TYPE) : Response.ok(json, MediaType.APPLICATION_JSON_TYPE);
        answer.tag(tag).cacheControl(PUBLIC).header(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        if (modified != null) {
            answer.lastModified(modified);
        }
        if (next != null) {
            answer.link(next, "next");
        }
        return answer.build();
    }

    /** The address of the next page: this request's, with {@code cursor} replaced; null when there is none. */
    static URI next(UriInfo uri, String nextCursor) {
        return nextCursor == null ? null : uri.getRequestUriBuilder().replaceQueryParam("cursor", nextCursor).build();
    }

    static String cursor(long position) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("p" + position).getBytes(StandardCharsets.UTF_8));
    }

    /** The position a cursor stands for; {@code first} when there is none. */
    static long position(String cursor, long first) {
        if (cursor == null || cursor.isBlank()) {
            return first;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (text.startsWith("p")) {
                long position = Long.parseLong(text.substring(1));
                if (position >= 0) {
                    return position;
                }
            }
        } catch (IllegalArgumentException e) {
            // falls through to the refusal below
        }
        throw new InvalidInputException(List.of(new FieldProblem("cursor", "is not a cursor this API gave out")));
    }

    /**
     * A page size given as text, so that one that is not a number is a 400 naming {@code limit} like one out of
     * range (a query parameter JAX-RS cannot convert would be a bare 404).
     */
    static int limit(String limit, int most) {
        try {
            return limit(Integer.parseInt(limit.trim()), most);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(List.of(new FieldProblem("limit", "must be a whole number between 1 and "
                    + most)));
        }
    }

    static int limit(int limit, int most) {
        if (limit < 1 || limit > most) {
            throw new InvalidInputException(List.of(new FieldProblem("limit", "must be between 1 and " + most)));
        }
        return limit;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
