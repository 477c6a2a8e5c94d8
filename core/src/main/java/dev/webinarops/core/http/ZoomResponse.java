package dev.webinarops.core.http;

import java.net.http.HttpHeaders;
import java.util.OptionalLong;

/** A raw answer from Zoom. */
public record ZoomResponse(int status, byte[] body, HttpHeaders headers) {
    public OptionalLong retryAfterSeconds() {
        return headers.firstValue("Retry-After").map(String::trim).map(v -> {
            try {
                return OptionalLong.of(Long.parseLong(v));
            } catch (NumberFormatException e) {
                // Zoom's daily limit sends a date; anything unparseable is treated as "long".
                return OptionalLong.of(Long.MAX_VALUE / 2);
            }
        }).orElse(OptionalLong.empty());
    }

    public boolean dailyLimit() {
        return headers.firstValue("X-RateLimit-Type").map(t -> t.toLowerCase(java.util.Locale.ROOT).contains("daily"))
                .orElse(false);
    }
}
