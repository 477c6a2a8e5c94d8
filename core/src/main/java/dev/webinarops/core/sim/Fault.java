package dev.webinarops.core.sim;

import java.time.Duration;
import java.util.Objects;

/** A failure the simulator applies to the next matching API request (see {@link FaultInjector}). */
public sealed interface Fault {

    /** Answer with this error status and a Zoom body {@code {"code":zoomCode,"message":message}}. */
    record Status(int status, int zoomCode, String message) implements Fault {}

    /**
     * Answer 429 with {@code Retry-After}. {@code dailyLimit=true} answers like Zoom's daily limit
     * ({@code X-RateLimit-Type: Daily-limit}), otherwise like the per-second limit ({@code QPS}).
     */
    record RetryAfter429(int retryAfterSeconds, boolean dailyLimit) implements Fault {}

    /**
     * Break the connection so the client sees an {@link java.io.IOException}. The simulator sends the
     * response head (200, a Content-Length) and a truncated body, then closes the connection: closing
     * before any byte is sent would let {@code java.net.http.HttpClient} transparently retry an
     * idempotent request on a reused connection, hiding the fault from the caller.
     */
    record ConnectionReset() implements Fault {}

    /** Wait, then answer normally. */
    record Delay(Duration delay) implements Fault {
        public Delay {
            Objects.requireNonNull(delay, "delay");
        }
    }

    /** 401 {@code {"code":124,"message":"Invalid access token."}}. */
    record ExpiredToken() implements Fault {}

    /**
     * Process the request normally (state changes happen), then answer with this status (and a Zoom
     * error body) instead of the real answer: a timeout after Zoom did the work.
     */
    record AfterProcessing(int status) implements Fault {}
}
