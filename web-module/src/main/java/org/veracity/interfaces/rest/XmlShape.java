package org.veracity.interfaces.rest;

import jakarta.xml.bind.annotation.XmlAccessorType;
import java.lang.reflect.Field;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.veracity.application.FieldProblem;

/**
 * {@link JsonShape}'s check for XML bodies: MOXy reads {@code <views>many</views>} as 0 and
 * {@code <ad>yes</ad>} as false just as it does in JSON. Every element that names a field of the
 * transfer object must hold what its Java type needs — a whole number in range, a finite number,
 * {@code true}/{@code false} (or XML Schema's {@code 1}/{@code 0}) — and elements of nested objects are
 * checked the same way; a list is its repeated element. Unknown elements are skipped, as unknown JSON
 * fields are. The reader is made by the caller with DTDs and external entities off.
 */
final class XmlShape {

    private static final int MAX_PROBLEMS = 20;

    private final XMLStreamReader reader;
    private final List<FieldProblem> problems = new ArrayList<>();

    private XmlShape(XMLStreamReader reader) {
        this.reader = reader;
    }

    /** The problems of the whole document read from {@code reader}, as a body of {@code type}. */
    static List<FieldProblem> problemsOf(XMLStreamReader reader, Class<?> type) throws XMLStreamException {
        XmlShape shape = new XmlShape(reader);
        if (reader.nextTag() == XMLStreamConstants.START_ELEMENT) {
            shape.object(type, "");
        }
        return shape.problems;
    }

    /** Reads the children of the current element up to its end tag. */
    private void object(Class<?> type, String path) throws XMLStreamException {
        Map<String, Field> fields = JsonShape.fieldsOf(type);
        Map<String, Integer> positions = new java.util.HashMap<>();
        while (reader.nextTag() == XMLStreamConstants.START_ELEMENT) {
            String name = reader.getLocalName();
            Field field = fields.get(name);
            String at = path.isEmpty() ? name : path + "." + name;
            if (field == null) {
                skipElement();
                continue;
            }
            Type declared = field.getGenericType();
            Class<?> raw = JsonShape.rawOf(declared);
            if (Collection.class.isAssignableFrom(raw)) {
                int index = positions.merge(name, 1, Integer::sum) - 1;
                element(JsonShape.rawOf(JsonShape.elementOf(declared)), at + "[" + index + "]");
            } else {
                element(raw, at);
            }
            if (problems.size() >= MAX_PROBLEMS) {
                return;
            }
        }
    }

    private void element(Class<?> type, String path) throws XMLStreamException {
        if (type.getAnnotation(XmlAccessorType.class) != null) {
            object(type, path);
            return;
        }
        if (type != String.class && type != Long.class && type != long.class && type != Integer.class
                && type != int.class && type != Double.class && type != double.class && type != Boolean.class
                && type != boolean.class) {
            skipElement();
            return;
        }
        String text = textOf();
        if (text == null) {
            problems.add(new FieldProblem(path, "must be text, not nested elements"));
            return;
        }
        String problem = problemOf(type, text);
        if (problem != null) {
            problems.add(new FieldProblem(path, problem));
        }
    }

    /** The text of the current element up to its end tag, or null when it holds elements. */
    private String textOf() throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        boolean nested = false;
        for (int event = reader.next(); event != XMLStreamConstants.END_ELEMENT; event = reader.next()) {
            if (event == XMLStreamConstants.START_ELEMENT) {
                nested = true;
                skipElement();
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE) {
                text.append(reader.getText());
            }
        }
        return nested ? null : text.toString().strip();
    }

    private static String problemOf(Class<?> type, String text) {
        if (type == Long.class || type == long.class) {
            return whole(text, Long.MIN_VALUE, Long.MAX_VALUE);
        }
        if (type == Integer.class || type == int.class) {
            return whole(text, Integer.MIN_VALUE, Integer.MAX_VALUE);
        }
        if (type == Double.class || type == double.class) {
            return finite(text) ? null : "must be a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return List.of("true", "false", "1", "0").contains(text) ? null : "must be true or false";
        }
        return null;
    }

    private static String whole(String text, long min, long max) {
        String message = "must be a whole number between " + min + " and " + max;
        if (text.length() > 25) {
            return message;
        }
        try {
            BigDecimal n = new BigDecimal(text);
            boolean fits = JsonShape.isWhole(n) && n.compareTo(BigDecimal.valueOf(min)) >= 0
                    && n.compareTo(BigDecimal.valueOf(max)) <= 0;
            return fits ? null : message;
        } catch (NumberFormatException e) {
            return message;
        }
    }

    private static boolean finite(String text) {
        if (text.length() > 40) {
            return false;
        }
        try {
            return Double.isFinite(Double.parseDouble(text)) && !text.endsWith("d") && !text.endsWith("f")
                    && !text.endsWith("D") && !text.endsWith("F");
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private void skipElement() throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }
}
