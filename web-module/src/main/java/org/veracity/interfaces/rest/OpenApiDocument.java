package org.veracity.interfaces.rest;

import org.veracity.interfaces.rest.admin.AdminTokenResource;
import org.veracity.interfaces.rest.subscription.SubscriptionResource;
import org.veracity.interfaces.transparency.AuditCheckpointsResource;
import org.veracity.interfaces.transparency.PoliticalAdsResource;
import org.veracity.interfaces.rest.sponsorship.SponsorshipResource;
import org.veracity.interfaces.transparency.OpenDataResource;
import org.veracity.interfaces.transparency.EscalationFiguresResource;
import org.veracity.interfaces.rest.escalation.EscalationResource;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.MediaType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlTransient;
import java.io.StringReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.examples.Example;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.tags.Tag;
import org.veracity.interfaces.rest.content.ContentBatch;
import org.veracity.interfaces.rest.coordination.CoordinationResource;
import org.veracity.interfaces.rest.content.ContentDetail;
import org.veracity.interfaces.rest.content.PrepublishAnswer;
import org.veracity.interfaces.rest.content.PrepublishItem;
import org.veracity.interfaces.rest.distribution.DistributionItems;
import org.veracity.interfaces.rest.distribution.DistributionRequest;
import org.veracity.interfaces.rest.factcheck.FactCheckResource;
import org.veracity.interfaces.rest.signal.SignalBatch;

/**
 * The last step of the OpenAPI document Payara serves at {@code /openapi} (registered as {@code mp.openapi.filter}).
 * Operations, security and responses come from the resources' annotations; the schemas of the transfer objects are
 * built here, from their fields as MOXy writes them, because Payara's own scan of annotated fields loses the element
 * type of lists, ignores {@code implementation} and writes every annotation default ({@code maxProperties: 0}) into
 * the document. Descriptions, examples and required fields still come from {@code @Schema} on the classes and fields.
 */
public class OpenApiDocument implements OASFilter {

    /** The bodies and answers of the operations; the types they hold are found from their fields. */
    static final List<Class<?>> TRANSFER_OBJECTS = List.of(ContentBatch.class, PrepublishItem.class,
            IntakeResults.class, ContentDetail.class, SignalBatch.class, DistributionRequest.class,
            DistributionItems.class, PrepublishAnswer.class, FactCheckResource.QueueDocument.class,
            FactCheckResource.LeaseDocument.class, FactCheckResource.RatingBody.class,
            FactCheckResource.RatingDocument.class, FactCheckResource.DisputeBody.class,
            FactCheckResource.DisputeDocument.class, FactCheckResource.PossibleCopiesDocument.class,
            FactCheckResource.CopyDecisionDocument.class, AdminTokenResource.TokenRequest.class,
            AdminTokenResource.IssuedDocument.class, AdminTokenResource.TokenList.class,
            AuditCheckpointsResource.Checkpoints.class, Problem.class,
            SubscriptionResource.SubscriptionRequest.class, SubscriptionResource.IssuedDocument.class,
            SubscriptionResource.SubscriptionList.class,
            SponsorshipResource.SponsorshipBody.class, SponsorshipResource.SponsorshipDocument.class,
            PoliticalAdsResource.Library.class,
            OpenDataResource.Index.class, OpenDataResource.EnforcementPage.class,
            OpenDataResource.FactCheckingFigures.class, OpenDataResource.FactChecksPage.class,
            OpenDataResource.ClaimReviewFeed.class, OpenDataResource.ExemptionFigures.class,
            EscalationResource.EscalationBody.class, EscalationResource.AppealBody.class,
            EscalationResource.AnswerBody.class,
            EscalationResource.EscalationDocument.class, EscalationFiguresResource.Figures.class,
            CoordinationResource.CasesDocument.class);

    private static final String JSON = MediaType.APPLICATION_JSON;

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Schemas schemas = new Schemas();
        TRANSFER_OBJECTS.forEach(schemas::reference);
        openAPI.getComponents().setSchemas(schemas.byName);
        if (openAPI.getComponents().getResponses() != null) {
            openAPI.getComponents().getResponses().values().forEach(r -> parseExamples(r.getContent()));
        }
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().values()
                    .forEach(operation -> {
                        describeCommonProblems(path, operation);
                        tidy(operation);
                    }));
        }
        openAPI.setTags(distinct(openAPI.getTags()));
    }

    /**
     * Payara writes the default of every {@code @Schema} attribute into the document: they say nothing, or (a
     * {@code maxProperties} of 0) the wrong thing. Defaults and examples written as text get the schema's type.
     */
    @Override
    public Schema filterSchema(Schema schema) {
        if (Boolean.FALSE.equals(schema.getExclusiveMaximum())) {
            schema.setExclusiveMaximum(null);
        }
        if (Boolean.FALSE.equals(schema.getExclusiveMinimum())) {
            schema.setExclusiveMinimum(null);
        }
        if (Boolean.FALSE.equals(schema.getUniqueItems())) {
            schema.setUniqueItems(null);
        }
        if (Boolean.FALSE.equals(schema.getNullable())) {
            schema.setNullable(null);
        }
        if (Boolean.FALSE.equals(schema.getReadOnly())) {
            schema.setReadOnly(null);
        }
        if (Boolean.FALSE.equals(schema.getWriteOnly())) {
            schema.setWriteOnly(null);
        }
        if (Boolean.FALSE.equals(schema.getDeprecated())) {
            schema.setDeprecated(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinLength())) {
            schema.setMinLength(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinProperties())) {
            schema.setMinProperties(null);
        }
        if (Integer.valueOf(0).equals(schema.getMaxProperties())) {
            schema.setMaxProperties(null);
        }
        if (schema.getDefaultValue() instanceof String text) {
            schema.setDefaultValue(typed(text, schema));
        }
        if (schema.getExample() instanceof String text) {
            schema.setExample(typed(text, schema));
        }
        return schema;
    }

    /**
     * The problem answers every operation of a kind has, so that no resource repeats them: an operation that needs a
     * token can be refused its token (401), its scope (403) and its input (400); one with a body can get one too large
     * (413); one with an id in its path can name nothing (404). Answers of one operation only (409, 422) stay on it.
     */
    private static void describeCommonProblems(String path, Operation operation) {
        boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        if (secured) {
            problem(operation, "400", VeracityApi.BAD_REQUEST);
            problem(operation, "401", VeracityApi.UNAUTHORIZED);
            problem(operation, "403", VeracityApi.FORBIDDEN);
        }
        if (operation.getRequestBody() != null) {
            problem(operation, "400", VeracityApi.BAD_REQUEST);
            problem(operation, "413", VeracityApi.TOO_LARGE);
        }
        if (path.contains("{")) {
            problem(operation, "404", VeracityApi.NOT_FOUND);
        }
    }

    private static void problem(Operation operation, String status, String component) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        if (!operation.getResponses().hasAPIResponse(status)) {
            operation.getResponses().addAPIResponse(status, OASFactory.createAPIResponse()
                    .ref("#/components/responses/" + component));
        }
    }

    /** Every media type of a body or an answer refers to the JSON one's schema; examples become JSON values. */
    private static void tidy(Operation operation) {
        if (operation.getParameters() != null) {
            operation.getParameters().forEach(p -> {
                if (p.getExample() instanceof String text && p.getSchema() != null) {
                    p.setExample(typed(text, p.getSchema()));
                }
            });
        }
        if (operation.getRequestBody() != null) {
            alignMediaTypes(operation.getRequestBody().getContent());
            parseExamples(operation.getRequestBody().getContent());
        }
        if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
            for (APIResponse response : operation.getResponses().getAPIResponses().values()) {
                alignMediaTypes(response.getContent());
                parseExamples(response.getContent());
            }
        }
    }

    private static void alignMediaTypes(Content content) {
        if (content == null || content.getMediaTypes() == null || !content.hasMediaType(JSON)) {
            return;
        }
        Schema json = content.getMediaType(JSON).getSchema();
        if (json == null || json.getRef() == null) {
            return;
        }
        content.getMediaTypes().forEach((name, mediaType) -> {
            if (!name.equals(JSON) && !name.equals(Problem.MEDIA_TYPE)) {
                mediaType.setSchema(OASFactory.createSchema().ref(json.getRef()));
                mediaType.setExamples(null); // the examples are JSON
            }
        });
    }

    private static void parseExamples(Content content) {
        if (content == null || content.getMediaTypes() == null) {
            return;
        }
        content.getMediaTypes().values().forEach(mediaType -> {
            if (mediaType.getExamples() != null) {
                for (Example example : mediaType.getExamples().values()) {
                    if (example.getValue() instanceof String text && looksLikeJson(text)) {
                        example.setValue(plain(parse(text)));
                    }
                }
            }
        });
    }

    private static List<Tag> distinct(List<Tag> tags) {
        if (tags == null) {
            return null;
        }
        Map<String, Tag> byName = new LinkedHashMap<>();
        tags.forEach(t -> byName.merge(t.getName(), t, (a, b) -> a.getDescription() != null ? a : b));
        return new ArrayList<>(byName.values());
    }

    /** The schemas of the transfer objects and of the types they hold, each under its one name. */
    private static final class Schemas {

        final Map<String, Schema> byName = new TreeMap<>();
        private final Map<String, Class<?>> owners = new TreeMap<>();

        /** A reference to the named schema of a transfer object, describing it (and what it holds) once. */
        Schema reference(Class<?> type) {
            String name = schemaName(type);
            Class<?> owner = owners.putIfAbsent(name, type);
            if (owner == null) {
                byName.put(name, OASFactory.createSchema()); // placeholder against cycles
                byName.put(name, type.isEnum() ? enumeration(type) : describe(type, this));
            } else if (owner != type) {
                throw new IllegalStateException("two schemas named " + name + ": " + owner.getName() + " and "
                        + type.getName() + "; give one a @Schema(name = ...)");
            }
            return OASFactory.createSchema().ref("#/components/schemas/" + name);
        }
    }

    private static Schema describe(Class<?> type, Schemas schemas) {
        Schema schema = OASFactory.createSchema().type(SchemaType.OBJECT);
        var annotation = type.getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class);
        if (annotation != null && !annotation.description().isEmpty()) {
            schema.description(annotation.description());
        }
        List<String> required = new ArrayList<>();
        for (Field field : fields(type)) {
            String property = field.isAnnotationPresent(XmlElement.class)
                    && !"##default".equals(field.getAnnotation(XmlElement.class).name())
                    ? field.getAnnotation(XmlElement.class).name() : field.getName();
            var about = field.getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class);
            schema.addProperty(property, propertySchema(field, about, schemas));
            if (about != null && about.required()) {
                required.add(property);
            }
        }
        if (annotation != null && annotation.requiredProperties().length > 0) {
            required = Arrays.asList(annotation.requiredProperties());
        }
        if (!required.isEmpty()) {
            schema.required(required);
        }
        return schema;
    }

    private static Schema propertySchema(Field field, org.eclipse.microprofile.openapi.annotations.media.Schema about,
                                         Schemas schemas) {
        Class<?> declared = about != null && about.implementation() != Void.class ? about.implementation()
                : field.getType();
        Schema schema = schemaOf(declared, field.getGenericType(), schemas);
        if (about == null) {
            return schema;
        }
        if (schema.getRef() != null && (!about.description().isEmpty() || !about.example().isEmpty())) {
            // OpenAPI 3.0 ignores siblings of $ref: wrap it to keep the description.
            schema = OASFactory.createSchema().allOf(List.of(schema));
        }
        if (!about.description().isEmpty()) {
            schema.description(about.description());
        }
        if (!about.example().isEmpty()) {
            schema.example(typed(about.example(), schema));
        }
        if (about.maxItems() != Integer.MIN_VALUE) {
            schema.maxItems(about.maxItems());
        }
        return schema;
    }

    private static Schema schemaOf(Class<?> type, Type generic, Schemas schemas) {
        if (type == String.class) {
            return OASFactory.createSchema().type(SchemaType.STRING);
        }
        if (type == long.class || type == Long.class) {
            return OASFactory.createSchema().type(SchemaType.INTEGER).format("int64");
        }
        if (type == int.class || type == Integer.class) {
            return OASFactory.createSchema().type(SchemaType.INTEGER).format("int32");
        }
        if (type == double.class || type == Double.class) {
            return OASFactory.createSchema().type(SchemaType.NUMBER).format("double");
        }
        if (type == boolean.class || type == Boolean.class) {
            return OASFactory.createSchema().type(SchemaType.BOOLEAN);
        }
        if (List.class.isAssignableFrom(type) && generic instanceof ParameterizedType list
                && list.getActualTypeArguments()[0] instanceof Class<?> element) {
            return OASFactory.createSchema().type(SchemaType.ARRAY).items(schemaOf(element, element, schemas));
        }
        if (type.getPackageName().startsWith("org.veracity.")) {
            return schemas.reference(type);
        }
        throw new IllegalStateException("no OpenAPI schema for " + type + "; add it to OpenApiDocument");
    }

    private static Schema enumeration(Class<?> type) {
        return OASFactory.createSchema().type(SchemaType.STRING)
                .enumeration(Arrays.stream(type.getEnumConstants()).map(c -> (Object) ((Enum<?>) c).name()).toList());
    }

    /** The fields MOXy writes (public or not, with field access), superclasses' first, in declaration order. */
    private static List<Field> fields(Class<?> type) {
        List<Field> out = new ArrayList<>();
        if (type.getSuperclass() != null && type.getSuperclass() != Object.class) {
            out.addAll(fields(type.getSuperclass()));
        }
        for (Field f : type.getDeclaredFields()) {
            int m = f.getModifiers();
            if (!Modifier.isStatic(m) && !Modifier.isTransient(m) && !f.isSynthetic()
                    && !f.isAnnotationPresent(XmlTransient.class)) {
                out.add(f);
            }
        }
        return out;
    }

    private static String schemaName(Class<?> type) {
        var annotation = type.getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class);
        return annotation != null && !annotation.name().isEmpty() ? annotation.name() : type.getSimpleName();
    }

    /** An annotation's example text as a value of the property's type. */
    private static Object typed(String example, Schema schema) {
        SchemaType type = schema.getType();
        if (type == SchemaType.INTEGER && example.matches("-?\\d+")) {
            return Long.valueOf(example);
        }
        if (type == SchemaType.NUMBER && example.matches("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?")) {
            return new BigDecimal(example);
        }
        if (type == SchemaType.BOOLEAN) {
            return Boolean.valueOf(example);
        }
        if ((type == SchemaType.ARRAY || type == SchemaType.OBJECT) && looksLikeJson(example)) {
            return plain(parse(example));
        }
        return example;
    }

    private static boolean looksLikeJson(String text) {
        String t = text.trim();
        return t.startsWith("{") || t.startsWith("[");
    }

    private static JsonValue parse(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readValue();
        }
    }

    /** JSON-P values as the plain maps, lists and scalars the document writer knows. */
    private static Object plain(JsonValue value) {
        return switch (value.getValueType()) {
            case OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                ((JsonObject) value).forEach((k, v) -> map.put(k, plain(v)));
                yield map;
            }
            case ARRAY -> ((JsonArray) value).stream().map(OpenApiDocument::plain).toList();
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> ((JsonNumber) value).isIntegral() ? (Object) ((JsonNumber) value).longValue()
                    : ((JsonNumber) value).bigDecimalValue();
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case NULL -> null;
        };
    }
}
