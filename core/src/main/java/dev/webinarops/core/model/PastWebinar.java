package dev.webinarops.core.model;

import java.time.Instant;
import java.util.List;

/** Reports on webinars that have ended. */
public final class PastWebinar {
    private PastWebinar() {}

    public record Instance(String uuid, Instant startTime) {}

    public record Participant(String id, String name, String userEmail) {}

    /** GET /past_webinars/{webinarId}/polls. */
    public record PollResults(Long id, String uuid, Instant startTime, List<PollResponder> questions) {}

    public record PollResponder(String name, String email, List<PollAnswer> questionDetails) {}

    public record PollAnswer(String question, String answer, String pollingId, String dateTime) {}

    /** GET /past_webinars/{webinarId}/qa. */
    public record QaReport(Long id, String uuid, Instant startTime, List<QaAsker> questions) {}

    public record QaAsker(String name, String email, List<QaEntry> questionDetails) {}

    public record QaEntry(String question, String answer) {}
}
