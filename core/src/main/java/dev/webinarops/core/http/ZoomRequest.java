package dev.webinarops.core.http;

import dev.webinarops.core.api.ZoomOperation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** One call to one catalogue operation. Build with {@link #of(ZoomOperation)}. */
public final class ZoomRequest {
    private final ZoomOperation operation;
    private final Map<String, String> pathParams = new LinkedHashMap<>();
    private final Map<String, String> query = new LinkedHashMap<>();
    private Object jsonBody;
    private List<MultipartPart> multipart;

    private ZoomRequest(ZoomOperation operation) {
        this.operation = Objects.requireNonNull(operation, "operation is null");
    }

    public static ZoomRequest of(ZoomOperation operation) {
        return new ZoomRequest(operation);
    }

    public ZoomRequest path(String name, Object value) {
        if (value == null || value.toString().isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
        pathParams.put(name, value.toString());
        return this;
    }

    /** Adds a query parameter; null values are skipped. */
    public ZoomRequest query(String name, Object value) {
        if (value != null) {
            query.put(name, value.toString());
        }
        return this;
    }

    public ZoomRequest json(Object body) {
        this.jsonBody = body;
        return this;
    }

    public ZoomRequest multipart(List<MultipartPart> parts) {
        this.multipart = List.copyOf(parts);
        return this;
    }

    public ZoomOperation operation() { return operation; }
    public Map<String, String> pathParams() { return pathParams; }
    public Map<String, String> query() { return query; }
    public Object jsonBody() { return jsonBody; }
    public List<MultipartPart> multipartParts() { return multipart; }

    /** A form field ({@code filename} null) or a file part. */
    public record MultipartPart(String name, String filename, String contentType, byte[] content) {
        public static MultipartPart field(String name, String value) {
            return new MultipartPart(name, null, null, value.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}
