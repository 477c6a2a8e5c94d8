package dev.webinarops.core.model;

import java.time.Instant;
import java.util.List;

/** Zoom's answer to adding a registrant. {@code id} is the webinar's id (a string in this answer). */
public record RegistrantCreated(String id, String registrantId, String joinUrl, String topic, Instant startTime,
        List<Webinar.Occurrence> occurrences) {}
