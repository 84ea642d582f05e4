package org.veracity.interfaces.rest;

import jakarta.json.Json;
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
import org.veracity.application.FieldProblem;

/**
 * Every request body is read whole first, through {@link RequestSizeLimit}'s count, so an oversized
 * chunked body fails with 413 here and never reaches a parser. A JSON body for one of our transfer
 * objects must then have its shape ({@link JsonShape}); otherwise the request is answered 400 with a
 * problem per field, before MOXy reads it.
 */
@Provider
public class StrictJsonBodies implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        byte[] body = context.getInputStream().readAllBytes();
        if (body.length > 0 && isJson(context.getMediaType()) && context.getType().isAnnotationPresent(XmlRootElement.class)) {
            List<FieldProblem> problems = problemsOf(body, context.getType());
            if (!problems.isEmpty()) {
                throw new InvalidBodyException(problems);
            }
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    private static List<FieldProblem> problemsOf(byte[] body, Class<?> type) {
        try (JsonParser parser = Json.createParser(new ByteArrayInputStream(body))) {
            return JsonShape.problemsOf(parser, type);
        } catch (JsonParsingException e) {
            return List.of(new FieldProblem("body", "is not valid JSON (line " + e.getLocation().getLineNumber()
                    + ", column " + e.getLocation().getColumnNumber() + ")"));
        } catch (JsonException | NumberFormatException | ArithmeticException | UnsupportedOperationException e) {
            // Parsson's limits: numbers with absurd exponents, nesting beyond its own maximum.
            return List.of(new FieldProblem("body", "is not JSON Veracity can read"));
        }
    }

    private static boolean isJson(MediaType type) {
        return type != null && ("json".equalsIgnoreCase(type.getSubtype()) || type.getSubtype().endsWith("+json"));
    }
}
