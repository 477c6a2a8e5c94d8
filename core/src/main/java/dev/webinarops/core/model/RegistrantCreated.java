package dev.webinarops.core.model;

import java.time.Instant;
import java.util.List;

/** Zoom's answer to adding a registrant. */
public record RegistrantCreated(Long id, String registrantId, String joinUrl, String topic, Instant startTime,
        List<Webinar.Occurrence> occurrences) {}
