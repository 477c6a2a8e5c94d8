package dev.webinarops.core.model;

/** A webinar template; the create body is {@link Input}. */
public record WebinarTemplate(String id, String name) {
    public record Input(Long webinarId, String name, Boolean saveRecurrence, Boolean overwrite) {}
}
