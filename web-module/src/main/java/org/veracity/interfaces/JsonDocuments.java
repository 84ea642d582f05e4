package org.veracity.interfaces;

import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.stream.JsonParserFactory;
import java.util.Map;

/**
 * The JSON-P builder and parser factories of the interfaces. {@code Json.createObjectBuilder()} looks the JSON-P provider up
 * through the ServiceLoader on every call, which in the application's class loader on Payara cost about a millisecond
 * each: a page of 500 ClaimReviews (about five builders each) took 2.2–2.8 s at the median (docs/benchmarks.md). A
 * factory made once looks it up once. {@code Json.createParser} does the same: every strictly read request body
 * (StrictBodies) paid it.
 */
public final class JsonDocuments {

    public static final JsonBuilderFactory BUILDERS = Json.createBuilderFactory(Map.of());

    public static final JsonParserFactory PARSERS = Json.createParserFactory(Map.of());

    private JsonDocuments() {
    }
}
