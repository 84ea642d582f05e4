package org.veracity.interfaces.web;

import jakarta.json.JsonArrayBuilder;
import java.util.List;
import java.util.Map;
import org.veracity.interfaces.JsonDocuments;

/** Chart.js configurations for PrimeFaces' {@code p:chart}, built with JSON-P rather than by string concatenation. */
public final class Charts {

    private Charts() {
    }

    /** A bar chart: one dataset per entry of {@code series} (label → values), one bar group per label. */
    public static String bar(List<String> labels, Map<String, List<Number>> series, String title) {
        JsonArrayBuilder datasets = JsonDocuments.BUILDERS.createArrayBuilder();
        series.forEach((name, values) -> {
            JsonArrayBuilder data = JsonDocuments.BUILDERS.createArrayBuilder();
            values.forEach(v -> data.add(v.doubleValue()));
            datasets.add(JsonDocuments.BUILDERS.createObjectBuilder().add("label", name).add("data", data));
        });
        JsonArrayBuilder x = JsonDocuments.BUILDERS.createArrayBuilder();
        labels.forEach(x::add);
        return JsonDocuments.BUILDERS.createObjectBuilder()
                .add("type", "bar")
                .add("data", JsonDocuments.BUILDERS.createObjectBuilder().add("labels", x).add("datasets", datasets))
                .add("options", JsonDocuments.BUILDERS.createObjectBuilder()
                        .add("responsive", true)
                        .add("plugins", JsonDocuments.BUILDERS.createObjectBuilder()
                                .add("title", JsonDocuments.BUILDERS.createObjectBuilder().add("display", true).add("text", title))))
                .build().toString();
    }
}
