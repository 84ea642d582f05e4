package org.veracity.domain.escalation;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.List;

/** Platform ids and URLs stored one a line, exactly as given (ids are case-sensitive). */
@Converter
public class LineList implements AttributeConverter<List<String>, String> {

    @Override
    public String convertToDatabaseColumn(List<String> values) {
        return values == null ? "" : String.join("\n", values);
    }

    @Override
    public List<String> convertToEntityAttribute(String column) {
        return column == null || column.isEmpty() ? List.of()
                : Arrays.stream(column.split("\n")).filter(s -> !s.isEmpty()).toList();
    }
}
