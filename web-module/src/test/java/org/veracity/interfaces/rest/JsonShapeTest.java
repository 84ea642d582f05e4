package org.veracity.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.stream.JsonParser;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.veracity.application.FieldProblem;
import org.veracity.interfaces.rest.content.ContentBatch;
import org.veracity.interfaces.rest.distribution.DistributionRequest;
import org.veracity.interfaces.rest.signal.SignalBatch;

class JsonShapeTest {

    private static List<FieldProblem> problems(String json, Class<?> type) {
        try (JsonParser parser = Json.createParser(new StringReader(json))) {
            return JsonShape.problemsOf(parser, type);
        }
    }

    private static List<String> fields(String json, Class<?> type) {
        return problems(json, type).stream().map(FieldProblem::field).toList();
    }

    @Test
    void a_well_formed_batch_has_no_problems() {
        assertEquals(List.of(), problems("{\"items\":[{\"id\":\"a\",\"views\":5,\"shares\":0,\"ad\":false,"
                + "\"topics\":[\"x\"],\"postedAt\":\"2020-01-01T00:00:00Z\",\"unknown\":{\"deep\":[1]}}]}", ContentBatch.class));
        assertEquals(List.of(), problems("{\"signals\":[{\"id\":\"s\",\"count\":3,\"score\":0.5}]}", SignalBatch.class));
        assertEquals(List.of(), problems("{\"items\":[{\"id\":null,\"views\":1.0}]}", ContentBatch.class));
    }

    @Test
    void an_array_where_the_body_must_be_an_object_is_named_body() {
        assertEquals(List.of("body"), fields("[1,2]", ContentBatch.class));
    }

    @Test
    void wrong_kinds_are_named_by_their_path() {
        assertEquals(List.of("items[0].views"), fields("{\"items\":[{\"views\":\"many\"}]}", ContentBatch.class));
        assertEquals(List.of("items[0].views"), fields("{\"items\":[{\"views\":1.5}]}", ContentBatch.class));
        assertEquals(List.of("items[0].shares"), fields("{\"items\":[{\"shares\":1e30}]}", ContentBatch.class));
        assertEquals(List.of("items[1].ad"), fields("{\"items\":[{},{\"ad\":\"yes\"}]}", ContentBatch.class));
        assertEquals(List.of("ids[0]"), fields("{\"ids\":[[1,2]]}", DistributionRequest.class));
        assertEquals(List.of("signals[0].count"), fields("{\"signals\":[{\"count\":3000000000}]}", SignalBatch.class));
        assertEquals(List.of("items"), fields("{\"items\":{\"id\":\"a\"}}", ContentBatch.class));
    }

    @Test
    void a_thousand_nested_arrays_are_one_wrong_kind_skipped_without_descending() {
        String nested = "[".repeat(1000) + "]".repeat(1000);
        List<FieldProblem> p = problems("{\"items\":[{\"topics\":" + nested + "}]}", ContentBatch.class);
        assertEquals(List.of(new FieldProblem("items[0].topics[0]", "must be a string")), p);
        assertEquals(List.of("body"), fields(nested, ContentBatch.class));
        assertEquals(List.of(), problems("{\"unknown\":" + nested + "}", ContentBatch.class));
    }
}
