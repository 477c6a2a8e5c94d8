package dev.webinarops.core.service;

import static dev.webinarops.core.api.ZoomOperation.*;

import dev.webinarops.core.api.Page;
import dev.webinarops.core.api.Paginator;
import dev.webinarops.core.http.ZoomRequest;
import dev.webinarops.core.model.PastWebinar;
import dev.webinarops.core.model.Registrant;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Reports on ended webinars. {@code webinarId} here is a numeric id or an instance UUID; UUIDs that
 * start with '/' or contain '//' are double-encoded by the request path.
 */
public final class ReportService {
    private final ZoomCalls calls;

    @Inject
    public ReportService(ZoomCalls calls) {
        this.calls = Objects.requireNonNull(calls, "calls is null");
    }

    public List<PastWebinar.Instance> instances(long webinarId) {
        return calls.page(ZoomRequest.of(PAST_WEBINARS).path("webinarId", webinarId), "webinars",
                PastWebinar.Instance.class).items();
    }

    public Page<PastWebinar.Participant> participants(String webinarIdOrUuid, Integer pageSize, String nextPageToken) {
        return calls.page(ZoomRequest.of(LIST_WEBINAR_PARTICIPANTS).path("webinarId", webinarIdOrUuid)
                .query("page_size", ZoomCalls.checkPageSize(pageSize)).query("next_page_token", nextPageToken),
                "participants", PastWebinar.Participant.class);
    }

    public Stream<PastWebinar.Participant> allParticipants(String webinarIdOrUuid) {
        return Paginator.stream(token -> participants(webinarIdOrUuid, ZoomCalls.MAX_PAGE_SIZE, token));
    }

    public PastWebinar.PollResults pollResults(String webinarIdOrUuid) {
        return calls.call(ZoomRequest.of(LIST_PAST_WEBINAR_POLL_RESULTS).path("webinarId", webinarIdOrUuid),
                PastWebinar.PollResults.class);
    }

    public PastWebinar.QaReport questionsAndAnswers(String webinarIdOrUuid) {
        return calls.call(ZoomRequest.of(LIST_PAST_WEBINAR_QA).path("webinarId", webinarIdOrUuid),
                PastWebinar.QaReport.class);
    }

    /** Registrants who did not attend. {@code webinarUuid}: an instance UUID (or the numeric id). */
    public Page<Registrant> absentees(String webinarUuid, String occurrenceId, Integer pageSize, String nextPageToken) {
        return calls.page(ZoomRequest.of(WEBINAR_ABSENTEES).path("WebinarUUID", webinarUuid)
                .query("occurrence_id", occurrenceId).query("page_size", ZoomCalls.checkPageSize(pageSize))
                .query("next_page_token", nextPageToken), "registrants", Registrant.class);
    }
}
