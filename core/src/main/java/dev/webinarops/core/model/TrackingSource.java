package dev.webinarops.core.model;

/** A registration tracking source. */
public record TrackingSource(String id, String sourceName, String trackingUrl, Integer registrationCount,
        Integer visitorCount) {}
