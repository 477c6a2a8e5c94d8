package dev.webinarops.core.model;

import java.util.List;

/** POST /webinars/{webinarId}/invite_links request and answer. {@code ttl} in seconds (≤ 7,776,000). */
public final class InviteLinks {
    private InviteLinks() {}

    public record Request(List<Attendee> attendees, Long ttl) {}

    public record Attendee(String name) {}

    public record Result(List<Link> attendees) {}

    public record Link(String name, String joinUrl) {}
}
