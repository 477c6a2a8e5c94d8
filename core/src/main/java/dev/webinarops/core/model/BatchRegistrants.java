package dev.webinarops.core.model;

import java.util.List;

/** POST /webinars/{webinarId}/batch_registrants request and answer. */
public final class BatchRegistrants {
    private BatchRegistrants() {}

    public record Request(Boolean autoApprove, List<Entry> registrants) {}

    public record Entry(String email, String firstName, String lastName) {}

    public record Result(List<Registered> registrants) {}

    public record Registered(String email, String joinUrl, String registrantId) {}
}
