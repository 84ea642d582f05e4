package org.veracity.interfaces.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.List;
import java.util.Map;

/** Chart.js configurations for PrimeFaces' {@code p:chart}, built with JSON-P rather than by string concatenation. */
public final class Charts {

    private Charts() {
    }

    /** A bar chart: one dataset per entry of {@code series} (label → values), one bar group per label. */
    public static String bar(List<String> labels, Map<String, List<Number>> series, String title) {
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        series.forEach((name, values) -> {
            JsonArrayBuilder data = Json.createArrayBuilder();
            values.forEach(v -> data.add(v.doubleValue()));
            datasets.add(Json.createObjectBuilder().add("label", name).add("data", data));
        });
        JsonArrayBuilder x = Json.createArrayBuilder();
        labels.forEach(x::add);
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", x).add("datasets", datasets))
                .add("options", Json.createObjectBuilder()
                        .add("responsive", true)
                        .add("plugins", Json.createObjectBuilder()
                                .add("title", Json.createObjectBuilder().add("display", true).add("text", title))))
                .build().toString();
    }
}
