package dev.webinarops.core.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.webinarops.core.api.ZoomApiException;
import dev.webinarops.core.auth.TokenManager;
import dev.webinarops.core.config.ZoomConfig;
import io.github.resilience4j.core.functions.Either;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one request path to Zoom: auth header, path encoding, client-side rate limiting, retries,
 * a single token refresh on 401/124, and error mapping.
 */
public final class ZoomHttpExecutor {
    private static final Logger log = LoggerFactory.getLogger(ZoomHttpExecutor.class);

    private final Supplier<HttpClient> http;
    private final Supplier<ZoomConfig> config;
    private final TokenManager tokens;
    private final RateLimiters rateLimiters;
    private final RetryPolicy policy;
    private final ErrorMapper errors;
    private final ObjectMapper mapper;
    private final Retry idempotentRetry;
    private final Retry nonIdempotentRetry;

    /** {@code http} is asked for on first use: building a client (TLS set-up) costs start-up time. */
    public ZoomHttpExecutor(Supplier<HttpClient> http, Supplier<ZoomConfig> config, TokenManager tokens, RateLimiters rateLimiters,
            RetryPolicy policy, ObjectMapper mapper) {
        this.http = Objects.requireNonNull(http, "http is null");
        this.config = Objects.requireNonNull(config, "config is null");
        this.tokens = Objects.requireNonNull(tokens, "tokens is null");
        this.rateLimiters = Objects.requireNonNull(rateLimiters, "rateLimiters is null");
        this.policy = Objects.requireNonNull(policy, "policy is null");
        this.mapper = Objects.requireNonNull(mapper, "mapper is null");
        this.errors = new ErrorMapper(mapper);
        this.idempotentRetry = retry("zoom-idempotent", true);
        this.nonIdempotentRetry = retry("zoom-non-idempotent", false);
    }

    private Retry retry(String name, boolean idempotent) {
        RetryConfig retryConfig = RetryConfig.<ZoomResponse>custom()
                .maxAttempts(policy.maxAttempts())
                .retryOnResult(r -> policy.shouldRetry(r.status(), r.retryAfterSeconds(), idempotent))
                .retryOnException(e -> policy.shouldRetry(e, idempotent))
                .intervalBiFunction((Integer attempt, Either<Throwable, ZoomResponse> outcome) -> policy.delay(attempt,
                        outcome.isRight() ? outcome.get().retryAfterSeconds() : OptionalLong.empty()).toMillis())
                .failAfterMaxAttempts(false)
                .build();
        return Retry.of(name, retryConfig);
    }

    /** Sends the request; returns the 2xx response or throws a {@link ZoomApiException}. */
    public ZoomResponse execute(ZoomRequest request) {
        URI uri = uri(request);
        boolean refreshed = false;
        while (true) {
            String token = tokens.accessToken();
            ZoomResponse response = sendWithRetries(request, uri, token);
            if (response.status() == 401 && !refreshed && zoomCode(response) == 124) {
                log.info("Zoom rejected the access token on {}; refreshing it once", request.operation().operationId());
                tokens.invalidate(token);
                refreshed = true;
                continue;
            }
            if (response.status() / 100 == 2) {
                return response;
            }
            throw errors.map(request, response);
        }
    }

    /** Executes and parses the body as JSON (an empty object for 204). */
    public JsonNode executeJson(ZoomRequest request) {
        ZoomResponse response = execute(request);
        if (response.body().length == 0) {
            return mapper.createObjectNode();
        }
        try {
            return mapper.readTree(response.body());
        } catch (IOException e) {
            throw new ZoomApiException("Zoom answered " + request.operation().operationId()
                    + " with a body that is not JSON", response.status(), 0, request.operation().operationId(), e);
        }
    }

    private ZoomResponse sendWithRetries(ZoomRequest request, URI uri, String token) {
        boolean idempotent = request.operation().idempotent();
        Retry retry = idempotent ? idempotentRetry : nonIdempotentRetry;
        HttpRequest httpRequest = build(request, uri, token);
        try {
            return retry.executeCheckedSupplier(() -> sendOnce(request, httpRequest));
        } catch (IOException e) {
            throw new ZoomApiException.Unavailable("Could not reach Zoom for " + request.operation().operationId()
                    + " (" + e.getClass().getSimpleName() + (idempotent ? ", after retries" : "; not retried because "
                    + "Zoom may already have acted on it — check before repeating") + ")",
                    0, request.operation().operationId(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ZoomApiException.Unavailable("Interrupted while calling Zoom", 0,
                    request.operation().operationId(), e);
        } catch (RuntimeException e) {
            throw e;
        } catch (Throwable e) {
            throw new ZoomApiException.Unavailable("Unexpected failure calling Zoom: " + e.getClass().getSimpleName(),
                    0, request.operation().operationId(), e);
        }
    }

    private ZoomResponse sendOnce(ZoomRequest request, HttpRequest httpRequest) throws IOException, InterruptedException {
        rateLimiters.acquire(request.operation().rateLimitLabel());
        long start = System.nanoTime();
        HttpResponse<byte[]> response = http.get().send(httpRequest, HttpResponse.BodyHandlers.ofByteArray());
        if (log.isDebugEnabled()) {
            log.debug("{} {} -> {} in {} ms", request.operation().method(), request.operation().pathTemplate(),
                    response.statusCode(), (System.nanoTime() - start) / 1_000_000);
        }
        return new ZoomResponse(response.statusCode(), response.body(), response.headers());
    }

    private HttpRequest build(ZoomRequest request, URI uri, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
                .timeout(config.get().requestTimeout())
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json");
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.noBody();
        if (request.multipartParts() != null) {
            String boundary = "webinarops-" + UUID.randomUUID();
            builder.header("Content-Type", "multipart/form-data; boundary=" + boundary);
            body = HttpRequest.BodyPublishers.ofByteArray(multipart(request.multipartParts(), boundary));
        } else if (request.jsonBody() != null) {
            builder.header("Content-Type", "application/json");
            try {
                body = HttpRequest.BodyPublishers.ofByteArray(mapper.writeValueAsBytes(request.jsonBody()));
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("request body cannot be written as JSON", e);
            }
        }
        return builder.method(request.operation().method().name(), body).build();
    }

    private URI uri(ZoomRequest request) {
        String path;
        try {
            path = PathEncoder.expand(request.operation().pathTemplate(), request.pathParams());
        } catch (IllegalArgumentException e) {
            throw new ZoomApiException.BadRequest(request.operation().operationId() + ": " + e.getMessage(), 0, 0,
                    request.operation().operationId());
        }
        String query = request.query().entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return URI.create(config.get().apiBaseUrl() + path + (query.isEmpty() ? "" : "?" + query));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private int zoomCode(ZoomResponse response) {
        try {
            return mapper.readTree(response.body()).path("code").asInt(0);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static byte[] multipart(Iterable<ZoomRequest.MultipartPart> parts, String boundary) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (ZoomRequest.MultipartPart part : parts) {
            StringBuilder head = new StringBuilder("--").append(boundary).append("\r\n")
                    .append("Content-Disposition: form-data; name=\"").append(part.name()).append('"');
            if (part.filename() != null) {
                head.append("; filename=\"").append(part.filename().replace("\"", "")).append('"');
            }
            head.append("\r\n");
            if (part.contentType() != null) {
                head.append("Content-Type: ").append(part.contentType()).append("\r\n");
            }
            head.append("\r\n");
            out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
            out.writeBytes(part.content());
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
