package dev.webinarops.core.service;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.webinarops.core.api.Page;
import dev.webinarops.core.api.ZoomApiException;
import dev.webinarops.core.http.ZoomHttpExecutor;
import dev.webinarops.core.http.ZoomRequest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Sends catalogue requests and turns Zoom's JSON into records. Shared by the typed services. */
public final class ZoomCalls {
    public static final int MAX_PAGE_SIZE = 300;

    private final ZoomHttpExecutor executor;
    private final ObjectMapper mapper;

    @Inject
    public ZoomCalls(ZoomHttpExecutor executor, ObjectMapper mapper) {
        this.executor = Objects.requireNonNull(executor, "executor is null");
        this.mapper = Objects.requireNonNull(mapper, "mapper is null");
    }

    public JsonNode json(ZoomRequest request) {
        return executor.executeJson(request);
    }

    public <T> T call(ZoomRequest request, Class<T> type) {
        return convert(request, json(request), mapper.constructType(type));
    }

    public void send(ZoomRequest request) {
        executor.execute(request);
    }

    /** One page of a list whose items sit under {@code field}. */
    public <T> Page<T> page(ZoomRequest request, String field, Class<T> itemType) {
        JsonNode body = json(request);
        List<T> items = new ArrayList<>();
        JavaType type = mapper.constructType(itemType);
        for (JsonNode item : body.path(field)) {
            items.add(convert(request, item, type));
        }
        String next = body.path("next_page_token").asText(null);
        Integer total = body.has("total_records") ? body.get("total_records").asInt() : null;
        return new Page<>(items, next, total);
    }

    public static int checkPageSize(Integer pageSize) {
        if (pageSize == null) {
            return 30;
        }
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page_size must be between 1 and " + MAX_PAGE_SIZE + ", not " + pageSize);
        }
        return pageSize;
    }

    public <T> T convert(JsonNode node, Class<T> type) {
        return mapper.convertValue(node, type);
    }

    private <T> T convert(ZoomRequest request, JsonNode node, JavaType type) {
        try {
            return mapper.convertValue(node, type);
        } catch (IllegalArgumentException e) {
            throw new ZoomApiException("Zoom's answer to " + request.operation().operationId()
                    + " did not have the documented shape", 200, 0, request.operation().operationId(), e);
        }
    }
}
