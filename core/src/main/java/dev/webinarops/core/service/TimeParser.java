package dev.webinarops.core.service;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Turns times people type into the instant Zoom expects ({@code yyyy-MM-ddTHH:mm:ssZ}). Accepted:
 * ISO-8601 with an offset or Z ({@code 2026-03-01T15:00:00+05:30}), ISO-8601 without one
 * ({@code 2026-03-01T15:00}), and {@code 2026-03-01 15:00}; times without an offset are read in
 * {@code zone}.
 */
public final class TimeParser {
    private static final List<DateTimeFormatter> LOCAL_FORMATS = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE_TIME,
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"),
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));

    private TimeParser() {}

    public static Instant parse(String text, ZoneId zone) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a start time is required");
        }
        String value = text.trim();
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException ignored) {
            // not an offset date-time; try the local forms below
        }
        try {
            return ZonedDateTime.parse(value).toInstant();
        } catch (DateTimeParseException ignored) {
            // fall through
        }
        for (DateTimeFormatter format : LOCAL_FORMATS) {
            try {
                return LocalDateTime.parse(value, format).atZone(zone).toInstant();
            } catch (DateTimeParseException ignored) {
                // next format
            }
        }
        throw new IllegalArgumentException("'" + value + "' is not a time I can read: use ISO-8601 "
                + "(2026-03-01T15:00:00Z or 2026-03-01T15:00:00+05:30) or 'YYYY-MM-DD HH:mm' in " + zone.getId());
    }

    /** Zoom's wire format for a start time: UTC, whole seconds. */
    public static String toZoom(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    public static ZoneId zone(String id) {
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + id + "' is not a time zone (use an IANA name such as Europe/Berlin)");
        }
    }
}
