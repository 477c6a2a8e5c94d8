package dev.webinarops.core.model;

import java.time.Instant;
import java.util.List;

/** The body of create (POST /users/{userId}/webinars) and update (PATCH /webinars/{webinarId}). Nulls are omitted. */
public record WebinarInput(String topic, Integer type, Instant startTime, Integer duration, String timezone,
        String agenda, String password, WebinarSettings settings, Recurrence recurrence, String templateId,
        List<Webinar.TrackingField> trackingFields) {

    public static WebinarInput scheduled(String topic, Instant start, int durationMinutes, String timezone) {
        return new WebinarInput(topic, Webinar.TYPE_WEBINAR, start, durationMinutes, timezone, null, null, null, null,
                null, null);
    }

    public WebinarInput withAgenda(String agenda) {
        return new WebinarInput(topic, type, startTime, duration, timezone, agenda, password, settings, recurrence,
                templateId, trackingFields);
    }

    public WebinarInput withPassword(String password) {
        return new WebinarInput(topic, type, startTime, duration, timezone, agenda, password, settings, recurrence,
                templateId, trackingFields);
    }

    public WebinarInput withSettings(WebinarSettings settings) {
        return new WebinarInput(topic, type, startTime, duration, timezone, agenda, password, settings, recurrence,
                templateId, trackingFields);
    }

    public WebinarInput withRecurrence(Recurrence recurrence) {
        return new WebinarInput(topic, recurrence == null ? type : Webinar.TYPE_RECURRING_FIXED_TIME, startTime,
                duration, timezone, agenda, password, settings, recurrence, templateId, trackingFields);
    }
}
