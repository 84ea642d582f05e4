package org.veracity.interfaces.rest;

import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParser.Event;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.veracity.application.FieldProblem;

/**
 * Checks a JSON body against the shape of the transfer object it will become, before MOXy reads it.
 * MOXy is lenient: it reads {@code "views":"many"} as 0, {@code 1.5} as 1, {@code "ad":"yes"} as false
 * and {@code [1,2]} as nothing at all. Here every field must hold the JSON kind its Java type needs —
 * text for strings, whole numbers in range for integers, finite numbers for decimals, {@code true} or
 * {@code false} for flags, arrays for lists, objects for nested objects; {@code null} is always allowed
 * (the use case says what is required) and unknown fields are ignored. The check descends only as deep
 * as the transfer object does; anything nested elsewhere (a thousand arrays where a string belongs) is a
 * wrong kind, skipped by the streaming parser without recursion.
 */
final class JsonShape {

    /** Enough to say what is wrong without answering a thousand identical lines. */
    private static final int MAX_PROBLEMS = 20;

    private final JsonParser parser;
    private final List<FieldProblem> problems = new ArrayList<>();

    private JsonShape(JsonParser parser) {
        this.parser = parser;
    }

    /** The problems of the whole document, read from {@code parser}, as a body of {@code type}. */
    static List<FieldProblem> problemsOf(JsonParser parser, Class<?> type) {
        JsonShape shape = new JsonShape(parser);
        if (!parser.hasNext()) {
            return List.of();
        }
        shape.value(parser.next(), type, "");
        return shape.problems;
    }

    private void value(Event event, Type expected, String path) {
        if (event == Event.VALUE_NULL) {
            return;
        }
        Class<?> raw = rawOf(expected);
        if (raw == String.class) {
            expect(event == Event.VALUE_STRING, event, path, "must be a string");
        } else if (raw == Long.class || raw == long.class) {
            whole(event, path, Long.MIN_VALUE, Long.MAX_VALUE);
        } else if (raw == Integer.class || raw == int.class) {
            whole(event, path, Integer.MIN_VALUE, Integer.MAX_VALUE);
        } else if (raw == Double.class || raw == double.class) {
            boolean finite = event == Event.VALUE_NUMBER && Double.isFinite(parser.getBigDecimal().doubleValue());
            expect(finite, event, path, "must be a number");
        } else if (raw == Boolean.class || raw == boolean.class) {
            expect(event == Event.VALUE_TRUE || event == Event.VALUE_FALSE, event, path, "must be true or false");
        } else if (Collection.class.isAssignableFrom(raw)) {
            array(event, elementOf(expected), path);
        } else if (raw.getAnnotation(XmlAccessorType.class) != null) {
            object(event, raw, path);
        } else {
            skip(event);
        }
    }

    private void whole(Event event, String path, long min, long max) {
        boolean fits = false;
        if (event == Event.VALUE_NUMBER) {
            BigDecimal n = parser.getBigDecimal();
            fits = isWhole(n) && n.compareTo(BigDecimal.valueOf(min)) >= 0 && n.compareTo(BigDecimal.valueOf(max)) <= 0;
        }
        expect(fits, event, path, "must be a whole number between " + min + " and " + max);
    }

    static boolean isWhole(BigDecimal n) {
        // precision - scale is the number of digits before the point: rules out 1e30 without expanding it.
        return n.signum() == 0 || (n.precision() - n.scale() <= 20 && n.stripTrailingZeros().scale() <= 0);
    }

    private void array(Event event, Type element, String path) {
        if (!expect(event == Event.START_ARRAY, event, path, "must be an array")) {
            return;
        }
        int index = 0;
        for (Event e = parser.next(); e != Event.END_ARRAY; e = parser.next()) {
            value(e, element, path + "[" + index++ + "]");
            if (problems.size() >= MAX_PROBLEMS) {
                parser.skipArray();
                return;
            }
        }
    }

    private void object(Event event, Class<?> type, String path) {
        if (!expect(event == Event.START_OBJECT, event, path, "must be an object")) {
            return;
        }
        Map<String, Field> fields = fieldsOf(type);
        for (Event e = parser.next(); e != Event.END_OBJECT; e = parser.next()) {
            String name = parser.getString();
            Event v = parser.next();
            Field field = fields.get(name);
            String at = path.isEmpty() ? name : path + "." + name;
            if (field == null) {
                skip(v);
            } else {
                value(v, field.getGenericType(), at);
            }
            if (problems.size() >= MAX_PROBLEMS) {
                parser.skipObject();
                return;
            }
        }
    }

    /** Records a problem when {@code ok} is false and skips the offending value; answers {@code ok}. */
    private boolean expect(boolean ok, Event event, String path, String message) {
        if (!ok) {
            problems.add(new FieldProblem(path.isEmpty() ? "body" : path, message));
            skip(event);
        }
        return ok;
    }

    private void skip(Event event) {
        if (event == Event.START_ARRAY) {
            parser.skipArray();
        } else if (event == Event.START_OBJECT) {
            parser.skipObject();
        }
    }

    static Class<?> rawOf(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        return Object.class;
    }

    static Type elementOf(Type collection) {
        return collection instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : Object.class;
    }

    /** The JSON names of a transfer object's fields, its superclasses' included (MOXy reads fields). */
    static Map<String, Field> fieldsOf(Class<?> type) {
        Map<String, Field> fields = new LinkedHashMap<>();
        if (type.getAnnotation(XmlAccessorType.class) == null) {
            return fields;
        }
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) || Modifier.isTransient(f.getModifiers())) {
                    continue;
                }
                XmlElement element = f.getAnnotation(XmlElement.class);
                String name = element != null && !"##default".equals(element.name()) ? element.name() : f.getName();
                fields.putIfAbsent(name, f);
            }
        }
        return fields;
    }
}
