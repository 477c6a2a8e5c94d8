package dev.webinarops.core.model;

import java.time.Instant;
import java.util.List;

/**
 * A webinar as Zoom returns it. {@code type}: 5 webinar, 6 recurring without fixed time,
 * 9 recurring with fixed time.
 */
public record Webinar(Long id, String uuid, String hostId, String hostEmail, String topic, Integer type,
        Instant startTime, Integer duration, String timezone, String agenda, Instant createdAt, String joinUrl,
        String registrationUrl, String startUrl, String password, String status, WebinarSettings settings,
        Recurrence recurrence, List<Occurrence> occurrences, List<TrackingField> trackingFields, Boolean isSimulive) {

    public static final int TYPE_WEBINAR = 5;
    public static final int TYPE_RECURRING_NO_FIXED_TIME = 6;
    public static final int TYPE_RECURRING_FIXED_TIME = 9;

    public record Occurrence(String occurrenceId, Instant startTime, Integer duration, String status) {}

    public record TrackingField(String field, String value) {}
}
