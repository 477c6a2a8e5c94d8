package dev.webinarops.core.model;

/** Live-stream details; also the PATCH body (all but resolution required there). */
public record LiveStream(String streamUrl, String streamKey, String pageUrl, String resolution) {

    /** PATCH /webinars/{webinarId}/livestream/status. {@code action}: start or stop. */
    public record StatusUpdate(String action, Settings settings) {}

    public record Settings(Boolean activeSpeakerName, String displayName) {}
}
