package dev.webinarops.core.api;

import java.util.List;

/**
 * Every failure talking to Zoom. Carries the HTTP status (0 when no response came), Zoom's error code
 * (0 when Zoom gave none) and a message a person can act on. Never carries a secret.
 */
public class ZoomApiException extends RuntimeException {
    private final int httpStatus;
    private final int zoomCode;
    private final String operationId;

    public ZoomApiException(String message, int httpStatus, int zoomCode, String operationId) {
        this(message, httpStatus, zoomCode, operationId, null);
    }

    public ZoomApiException(String message, int httpStatus, int zoomCode, String operationId, Throwable cause) {
        super(message, cause);
        this.httpStatus = httpStatus;
        this.zoomCode = zoomCode;
        this.operationId = operationId;
    }

    public int httpStatus() { return httpStatus; }
    public int zoomCode() { return zoomCode; }
    /** The Zoom operationId of the failed call, or null for token requests and local validation. */
    public String operationId() { return operationId; }

    /** The access token lacks scopes the operation needs (Zoom codes 4711, or 1001/4700 mentioning scopes). */
    public static final class MissingScopes extends ZoomApiException {
        private final List<String> requiredScopes;

        public MissingScopes(String message, int httpStatus, int zoomCode, String operationId, List<String> requiredScopes) {
            super(message, httpStatus, zoomCode, operationId);
            this.requiredScopes = List.copyOf(requiredScopes);
        }

        public List<String> requiredScopes() { return requiredScopes; }
    }

    /** The webinar, user, registrant or other resource does not exist. */
    public static final class NotFound extends ZoomApiException {
        public NotFound(String message, int httpStatus, int zoomCode, String operationId) {
            super(message, httpStatus, zoomCode, operationId);
        }
    }

    /** Credentials or the access token were rejected. */
    public static final class AuthenticationFailed extends ZoomApiException {
        public AuthenticationFailed(String message, int httpStatus, int zoomCode, String operationId) {
            super(message, httpStatus, zoomCode, operationId);
        }
    }

    /** The account has no webinar licence (Zoom code 200 on webinar operations). */
    public static final class NoWebinarLicence extends ZoomApiException {
        public NoWebinarLicence(String message, int httpStatus, int zoomCode, String operationId) {
            super(message, httpStatus, zoomCode, operationId);
        }
    }

    /** Zoom's rate limit: per-second limits that outlasted our retries, or a daily limit. */
    public static final class RateLimited extends ZoomApiException {
        private final boolean dailyLimit;
        private final long retryAfterSeconds;

        public RateLimited(String message, int zoomCode, String operationId, boolean dailyLimit, long retryAfterSeconds) {
            super(message, 429, zoomCode, operationId);
            this.dailyLimit = dailyLimit;
            this.retryAfterSeconds = retryAfterSeconds;
        }

        public boolean dailyLimit() { return dailyLimit; }
        public long retryAfterSeconds() { return retryAfterSeconds; }
    }

    /** Zoom (or our own argument checks) rejected the request as invalid. Nothing was changed. */
    public static final class BadRequest extends ZoomApiException {
        public BadRequest(String message, int httpStatus, int zoomCode, String operationId) {
            super(message, httpStatus, zoomCode, operationId);
        }
    }

    /** Zoom answered 5xx, or the connection failed, after all retries. */
    public static final class Unavailable extends ZoomApiException {
        public Unavailable(String message, int httpStatus, String operationId, Throwable cause) {
            super(message, httpStatus, 0, operationId, cause);
        }
    }

    /** Configuration is missing or invalid (e.g. no credentials). */
    public static final class ConfigurationError extends ZoomApiException {
        public ConfigurationError(String message) {
            super(message, 0, 0, null);
        }
    }
}
