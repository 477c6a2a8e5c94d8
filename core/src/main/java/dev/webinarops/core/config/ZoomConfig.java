package dev.webinarops.core.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the core needs to talk to Zoom, read once at start-up. Credentials are optional here so
 * that a process can start without them (sandbox mode, or configured later); {@link #credentials()}
 * fails with a clear message when they are needed and missing.
 */
public record ZoomConfig(
        Optional<ZoomCredentials> maybeCredentials,
        URI apiBaseUrl,
        URI tokenUrl,
        ZoomPlan plan,
        TokenCacheSettings tokenCache,
        ZoneId displayZone,
        RetrySettings retry,
        Duration requestTimeout) {

    public static final URI DEFAULT_API_BASE_URL = URI.create("https://api.zoom.us/v2");
    public static final URI DEFAULT_TOKEN_URL = URI.create("https://zoom.us/oauth/token");
    public static final ZoneId DEFAULT_DISPLAY_ZONE = ZoneId.of("Asia/Kolkata");

    public ZoomConfig {
        Objects.requireNonNull(maybeCredentials, "maybeCredentials is null");
        Objects.requireNonNull(apiBaseUrl, "apiBaseUrl is null");
        Objects.requireNonNull(tokenUrl, "tokenUrl is null");
        Objects.requireNonNull(plan, "plan is null");
        Objects.requireNonNull(tokenCache, "tokenCache is null");
        Objects.requireNonNull(displayZone, "displayZone is null");
        Objects.requireNonNull(retry, "retry is null");
        Objects.requireNonNull(requestTimeout, "requestTimeout is null");
        String base = apiBaseUrl.toString();
        if (base.endsWith("/")) {
            apiBaseUrl = URI.create(base.substring(0, base.length() - 1));
        }
    }

    public ZoomCredentials credentials() {
        return maybeCredentials.orElseThrow(() -> new dev.webinarops.core.api.ZoomApiException.ConfigurationError(
                "Zoom credentials are not configured: set ZOOM_ACCOUNT_ID, ZOOM_CLIENT_ID and ZOOM_CLIENT_SECRET "
                        + "(environment or .env), or run in sandbox mode"));
    }

    public ZoomConfig withCredentials(ZoomCredentials credentials) {
        return new ZoomConfig(Optional.of(credentials), apiBaseUrl, tokenUrl, plan, tokenCache, displayZone, retry, requestTimeout);
    }

    public ZoomConfig withEndpoints(URI apiBaseUrl, URI tokenUrl) {
        return new ZoomConfig(maybeCredentials, apiBaseUrl, tokenUrl, plan, tokenCache, displayZone, retry, requestTimeout);
    }

    public ZoomConfig withTokenCache(TokenCacheSettings tokenCache) {
        return new ZoomConfig(maybeCredentials, apiBaseUrl, tokenUrl, plan, tokenCache, displayZone, retry, requestTimeout);
    }

    public ZoomConfig withRetry(RetrySettings retry) {
        return new ZoomConfig(maybeCredentials, apiBaseUrl, tokenUrl, plan, tokenCache, displayZone, retry, requestTimeout);
    }

    public ZoomConfig withPlan(ZoomPlan plan) {
        return new ZoomConfig(maybeCredentials, apiBaseUrl, tokenUrl, plan, tokenCache, displayZone, retry, requestTimeout);
    }

    /** Server-to-Server OAuth app credentials. */
    public record ZoomCredentials(String accountId, String clientId, Secret clientSecret) {
        public ZoomCredentials {
            Objects.requireNonNull(accountId, "accountId is null");
            Objects.requireNonNull(clientId, "clientId is null");
            Objects.requireNonNull(clientSecret, "clientSecret is null");
        }
    }

    /** Where tokens are cached: a file shared by processes on this host, or this process's memory. */
    public record TokenCacheSettings(Kind kind, Path file) {
        public enum Kind { FILE, MEMORY }

        public static TokenCacheSettings memory() {
            return new TokenCacheSettings(Kind.MEMORY, null);
        }

        public static TokenCacheSettings file(Path file) {
            return new TokenCacheSettings(Kind.FILE, Objects.requireNonNull(file, "file is null"));
        }
    }

    /**
     * Retry budget. {@code retryAfterCap}: a Retry-After longer than this (a daily limit) is an error,
     * not a sleep.
     */
    public record RetrySettings(int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration retryAfterCap) {
        public static RetrySettings defaults() {
            return new RetrySettings(4, Duration.ofMillis(500), Duration.ofSeconds(8), Duration.ofSeconds(30));
        }
    }
}
