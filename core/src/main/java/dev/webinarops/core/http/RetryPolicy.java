package dev.webinarops.core.http;

import dev.webinarops.core.config.ZoomConfig.RetrySettings;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.time.Duration;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.function.DoubleSupplier;

/**
 * Which failures are worth another attempt and how long to wait. Pure: the random source is injected.
 * Connection errors, 408, 429 and 5xx are retried with capped, jittered exponential backoff;
 * {@code Retry-After} is honoured up to a cap, and a longer one (a daily limit) is not retried.
 * A non-idempotent request is retried only when Zoom cannot have acted on it: the connection was
 * never made, or Zoom answered 429.
 */
public final class RetryPolicy {
    private final RetrySettings settings;
    private final DoubleSupplier random;

    public RetryPolicy(RetrySettings settings, DoubleSupplier random) {
        this.settings = Objects.requireNonNull(settings, "settings is null");
        this.random = Objects.requireNonNull(random, "random is null");
    }

    public int maxAttempts() {
        return settings.maxAttempts();
    }

    public boolean shouldRetry(int status, OptionalLong retryAfterSeconds, boolean idempotent) {
        if (status == 429) {
            return retryAfterSeconds.isEmpty() || retryAfterSeconds.getAsLong() <= settings.retryAfterCap().toSeconds();
        }
        return idempotent && (status == 408 || status >= 500);
    }

    public boolean shouldRetry(Throwable error, boolean idempotent) {
        if (error instanceof ConnectException || error instanceof HttpConnectTimeoutException) {
            return true;
        }
        return idempotent && error instanceof IOException;
    }

    /** Wait before attempt {@code attempt + 1}, given the previous attempt's Retry-After if any. */
    public Duration delay(int attempt, OptionalLong retryAfterSeconds) {
        if (retryAfterSeconds.isPresent()) {
            long capped = Math.min(retryAfterSeconds.getAsLong(), settings.retryAfterCap().toSeconds());
            return Duration.ofSeconds(Math.max(0, capped));
        }
        long base = settings.initialBackoff().toMillis();
        long exp = base << Math.min(Math.max(attempt - 1, 0), 20);
        long capped = Math.min(exp, settings.maxBackoff().toMillis());
        // "Equal jitter": at least half the backoff, so retries never collapse to zero.
        long jittered = capped / 2 + (long) (random.getAsDouble() * (capped - capped / 2));
        return Duration.ofMillis(jittered);
    }
}
