package dev.webinarops.core.auth;

import java.time.Instant;
import java.time.ZonedDateTime;

/** What the cached token looks like right now. {@code expiresAt*} and minutes are null when there is none. */
public record TokenStatus(State state, Instant expiresAtUtc, ZonedDateTime expiresAtDisplay, Long minutesRemaining) {
    public enum State {
        VALID, EXPIRING, EXPIRED, NONE;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
