package dev.webinarops.mcp.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Zoom's webinar OpenAPI 3.0 spec (from the core's classpath), read once, and the conversion of its
 * schemas to JSON Schema 2020-12 for tool input and output schemas.
 */
public final class OpenApiSpec {
    public static final String RESOURCE = "zoom/ZoomWebinarAPISpec.json";
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
    /** Formats JSON Schema defines; Zoom's others (int64, binary, "Hex color code") would be meaningless. */
    private static final Set<String> FORMATS = Set.of("date-time", "email", "uri", "date");
    private static final Pattern BREAK = Pattern.compile("(?i)<br\\s*/?>");
    private static final Pattern TAG = Pattern.compile("<[^>]+>");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern BOLD = Pattern.compile("\\*\\*");
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final int MAX_DESCRIPTION = 400;
    private static final int MAX_NESTED_DESCRIPTION = 160;

    private final Map<String, Operation> operations;

    private OpenApiSpec(Map<String, Operation> operations) {
        this.operations = operations;
    }

    public static OpenApiSpec load(ObjectMapper mapper) {
        try (InputStream in = OpenApiSpec.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath (it ships in webinarops-core)");
            }
            return parse(mapper.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    static OpenApiSpec parse(JsonNode root) {
        Map<String, Operation> ops = new LinkedHashMap<>();
        root.path("paths").fields().forEachRemaining(path -> {
            JsonNode item = path.getValue();
            item.fields().forEachRemaining(m -> {
                if (!METHODS.contains(m.getKey())) {
                    return;
                }
                JsonNode op = m.getValue();
                List<Parameter> params = new ArrayList<>();
                for (JsonNode p : iterable(item.path("parameters"))) params.add(parameter(p));
                for (JsonNode p : iterable(op.path("parameters"))) params.add(parameter(p));
                JsonNode content = op.path("requestBody").path("content");
                JsonNode json = content.path("application/json").path("schema");
                JsonNode multipart = content.path("multipart/form-data").path("schema");
                JsonNode response = null;
                for (Iterator<Map.Entry<String, JsonNode>> it = op.path("responses").fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> r = it.next();
                    JsonNode s = r.getValue().path("content").path("application/json").path("schema");
                    if (r.getKey().startsWith("2") && !s.isMissingNode()) {
                        response = s;
                        break;
                    }
                }
                ops.put(op.path("operationId").asText(), new Operation(params,
                        json.isMissingNode() ? null : json, multipart.isMissingNode() ? null : multipart,
                        op.path("requestBody").path("required").asBoolean(false), response));
            });
        });
        return new OpenApiSpec(ops);
    }

    private static Parameter parameter(JsonNode p) {
        return new Parameter(p.path("name").asText(), p.path("in").asText(), p.path("required").asBoolean(false),
                p.path("description").asText(""), p.path("schema"));
    }

    private static Iterable<JsonNode> iterable(JsonNode array) {
        return array::elements;
    }

    public Operation operation(String operationId) {
        Operation op = operations.get(operationId);
        if (op == null) {
            throw new IllegalArgumentException("operation " + operationId + " is not in Zoom's webinar spec");
        }
        return op;
    }

    /** One operation of the spec. Body schemas and the response schema may be null. */
    public record Operation(List<Parameter> parameters, JsonNode jsonBody, JsonNode multipartBody,
            boolean bodyRequired, JsonNode response) {
        public List<Parameter> in(String location) {
            return parameters.stream().filter(p -> p.in().equals(location)).toList();
        }
    }

    public record Parameter(String name, String in, boolean required, String description, JsonNode schema) {}

    /** An input schema: OpenAPI 3.0 keywords mapped to JSON Schema 2020-12, examples and vendor keys dropped. */
    public static Map<String, Object> inputSchema(JsonNode openApi, String description) {
        Map<String, Object> out = convert(openApi, false, 0);
        if (description != null && !description.isBlank()) {
            out.put("description", clean(description));
        }
        return out;
    }

    /**
     * An output schema: the shape of Zoom's answer, loosened so a real answer is never rejected (every value
     * may be null, no required fields, no enums or formats, which Zoom does not always honour).
     */
    public static Map<String, Object> outputSchema(JsonNode openApi) {
        return convert(openApi, true, 0);
    }

    /** depth: nesting below a tool argument; deeper fields get shorter descriptions to keep tools/list small. */
    private static Map<String, Object> convert(JsonNode node, boolean loose, int depth) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (node == null || !node.isObject()) {
            return out;
        }
        String type = node.path("type").asText(null);
        boolean nullable = loose || node.path("nullable").asBoolean(false);
        if (type != null) {
            out.put("type", nullable ? List.of(type, "null") : type);
        }
        if (!loose) {
            if (node.hasNonNull("description")) out.put("description", clean(node.get("description").asText(), depth < 2 ? MAX_DESCRIPTION : MAX_NESTED_DESCRIPTION));
            if (node.has("enum")) {
                List<Object> values = new ArrayList<>();
                node.get("enum").forEach(v -> values.add(scalar(v)));
                if (nullable) values.add(null);
                out.put("enum", values);
            }
            if (node.has("format") && FORMATS.contains(node.get("format").asText())) {
                out.put("format", node.get("format").asText());
            }
            for (String k : List.of("minimum", "maximum", "maxLength", "minLength", "minItems", "maxItems")) {
                if (node.has(k) && node.get(k).isNumber()) out.put(k, node.get(k).numberValue());
            }
            if (node.has("pattern")) out.put("pattern", node.get("pattern").asText());
            if (node.has("default") && compatible(type, node.get("default"))) out.put("default", scalar(node.get("default")));
            if (node.path("deprecated").asBoolean(false)) out.put("deprecated", true);
        }
        if (node.has("properties")) {
            Map<String, Object> props = new LinkedHashMap<>();
            node.get("properties").fields().forEachRemaining(e -> props.put(e.getKey(), convert(e.getValue(), loose, depth + 1)));
            out.put("properties", props);
            if (!loose && node.has("required")) {
                List<String> required = new ArrayList<>();
                node.get("required").forEach(r -> {
                    if (props.containsKey(r.asText())) required.add(r.asText());
                });
                if (!required.isEmpty()) out.put("required", required);
            }
        }
        if (node.has("items")) {
            out.put("items", convert(node.get("items"), loose, depth + 1));
        }
        for (String k : List.of("allOf", "anyOf", "oneOf")) {
            if (node.has(k)) {
                List<Object> parts = new ArrayList<>();
                node.get(k).forEach(p -> parts.add(convert(p, loose, depth)));
                out.put(k, parts);
            }
        }
        return out;
    }

    private static boolean compatible(String type, JsonNode value) {
        if (type == null) return true;
        return switch (type) {
            case "string" -> value.isTextual();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            default -> false;
        };
    }

    private static Object scalar(JsonNode v) {
        if (v.isTextual()) return v.asText();
        if (v.isIntegralNumber()) return v.longValue();
        if (v.isNumber()) return v.doubleValue();
        if (v.isBoolean()) return v.booleanValue();
        return v.toString();
    }

    /** Zoom's descriptions carry HTML, markdown links and scope boilerplate; keep the first useful sentences. */
    static String clean(String text) {
        return clean(text, MAX_DESCRIPTION);
    }

    static String clean(String text, int max) {
        String s = BREAK.matcher(text).replaceAll(" ");
        s = TAG.matcher(s).replaceAll("");
        s = LINK.matcher(s).replaceAll("$1");
        s = BOLD.matcher(s).replaceAll("");
        s = SPACE.matcher(s).replaceAll(" ").trim();
        int scopes = s.toLowerCase(Locale.ROOT).indexOf("scopes:");
        if (scopes > 0) s = s.substring(0, scopes).trim();
        if (s.length() > max) {
            int cut = s.lastIndexOf(". ", max);
            s = cut > max / 4 ? s.substring(0, cut + 1) : s.substring(0, max - 1) + "…";
        }
        return s;
    }
}
