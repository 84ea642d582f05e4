package org.veracity.interfaces.rest;

import jakarta.json.JsonException;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.veracity.application.FieldProblem;
import org.veracity.interfaces.JsonDocuments;

/**
 * Every request body is read whole first, through {@link RequestSizeLimit}'s count, so an oversized
 * chunked body fails with 413 here and never reaches a parser. A JSON or XML body for one of our
 * transfer objects must then have its shape ({@link JsonShape}, {@link XmlShape}); otherwise the request
 * is answered 400 with a problem per field, before MOXy reads it.
 */
@Provider
public class StrictBodies implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        byte[] body = context.getInputStream().readAllBytes();
        if (body.length > 0 && context.getType().isAnnotationPresent(XmlRootElement.class)
                && (isJson(context.getMediaType()) || isXml(context.getMediaType()))) {
            List<FieldProblem> problems = isJson(context.getMediaType()) ? problemsOf(body, context.getType())
                    : xmlProblemsOf(body, context.getType());
            if (!problems.isEmpty()) {
                throw new InvalidBodyException(problems);
            }
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    private static List<FieldProblem> problemsOf(byte[] body, Class<?> type) {
        try (JsonParser parser = JsonDocuments.PARSERS.createParser(new ByteArrayInputStream(body))) {
            return JsonShape.problemsOf(parser, type);
        } catch (JsonParsingException e) {
            return List.of(new FieldProblem("body", "is not valid JSON (line " + e.getLocation().getLineNumber()
                    + ", column " + e.getLocation().getColumnNumber() + ")"));
        } catch (JsonException | NumberFormatException | ArithmeticException | UnsupportedOperationException e) {
            // Parsson's limits: numbers with absurd exponents, nesting beyond its own maximum.
            return List.of(new FieldProblem("body", "is not JSON Veracity can read"));
        }
    }

    private static List<FieldProblem> xmlProblemsOf(byte[] body, Class<?> type) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XMLStreamReader reader = null;
        try {
            reader = factory.createXMLStreamReader(new ByteArrayInputStream(body));
            return XmlShape.problemsOf(reader, type);
        } catch (XMLStreamException e) {
            return List.of(new FieldProblem("body", "is not XML Veracity can read"
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNumber() + ", column "
                    + e.getLocation().getColumnNumber() + ")")));
        } finally {
            closeQuietly(reader);
        }
    }

    private static void closeQuietly(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException e) {
                // nothing was held open but the byte array
            }
        }
    }

    private static boolean isXml(MediaType type) {
        return type != null && ("xml".equalsIgnoreCase(type.getSubtype()) || type.getSubtype().endsWith("+xml"));
    }

    private static boolean isJson(MediaType type) {
        return type != null && ("json".equalsIgnoreCase(type.getSubtype()) || type.getSubtype().endsWith("+json"));
    }
}
