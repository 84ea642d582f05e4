package org.veracity.interfaces;

import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import java.util.Map;

/**
 * The one JSON-P builder factory of the interfaces. {@code Json.createObjectBuilder()} looks the JSON-P provider up
 * through the ServiceLoader on every call, which in the application's class loader on Payara cost about a millisecond
 * each: a page of 500 ClaimReviews (about five builders each) took 2.2–2.8 s at the median (docs/benchmarks.md). A
 * factory made once looks it up once.
 */
public final class JsonDocuments {

    public static final JsonBuilderFactory BUILDERS = Json.createBuilderFactory(Map.of());

    private JsonDocuments() {
    }
}
