package dev.webinarops.core.service;

import static dev.webinarops.core.api.ZoomOperation.*;

import com.fasterxml.jackson.databind.JsonNode;
import dev.webinarops.core.api.Page;
import dev.webinarops.core.api.PageNumberToken;
import dev.webinarops.core.http.ZoomRequest;
import dev.webinarops.core.model.InviteLinks;
import dev.webinarops.core.model.JoinToken;
import dev.webinarops.core.model.LiveStream;
import dev.webinarops.core.model.TrackingSource;
import dev.webinarops.core.model.Webinar;
import dev.webinarops.core.model.WebinarInput;
import dev.webinarops.core.model.WebinarTemplate;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Webinars themselves, their templates, links, tokens, live stream and live chat. */
public final class WebinarService {
    private final ZoomCalls calls;

    @Inject
    public WebinarService(ZoomCalls calls) {
        this.calls = Objects.requireNonNull(calls, "calls is null");
    }

    /**
     * GET /users/{userId}/webinars. Zoom pages this list by {@code page_number} (1-based), not by token;
     * the returned page's token is the next page number, or null after the last page.
     */
    public Page<Webinar> list(String userId, String type, Integer pageSize, String nextPageToken) {
        int size = ZoomCalls.checkPageSize(pageSize);
        int pageNumber = PageNumberToken.parse(nextPageToken);
        JsonNode body = calls.json(ZoomRequest.of(WEBINARS).path("userId", userId).query("type", type)
                .query("page_size", size).query("page_number", pageNumber));
        List<Webinar> items = new ArrayList<>();
        body.path("webinars").forEach(n -> items.add(convert(n)));
        int pageCount = body.path("page_count").asInt(1);
        String next = PageNumberToken.next(pageNumber, pageCount);
        return new Page<>(items, next, body.has("total_records") ? body.get("total_records").asInt() : null);
    }

    /** POST /users/{userId}/webinars. Not retried after it may have reached Zoom, so never created twice. */
    public Webinar create(String userId, WebinarInput input) {
        return calls.call(ZoomRequest.of(WEBINAR_CREATE).path("userId", userId).json(input), Webinar.class);
    }

    /**
     * Creates a recurring webinar with a fixed time (type 9). The recurrence comes from
     * {@link RecurrenceSpec}, which has already checked its rules; here the series must end after it starts.
     */
    public Webinar createRecurring(String userId, WebinarInput input, dev.webinarops.core.model.Recurrence recurrence) {
        Objects.requireNonNull(recurrence, "recurrence is null");
        if (recurrence.endDateTime() != null && input.startTime() != null
                && !recurrence.endDateTime().isAfter(input.startTime())) {
            throw new IllegalArgumentException("the series must end after its first occurrence starts");
        }
        return create(userId, input.withRecurrence(recurrence));
    }

    /** GET /webinars/{webinarId}; the id may also be a webinar UUID. */
    public Webinar get(String webinarId, String occurrenceId, Boolean showPreviousOccurrences) {
        return calls.call(ZoomRequest.of(WEBINAR).path("webinarId", webinarId).query("occurrence_id", occurrenceId)
                .query("show_previous_occurrences", showPreviousOccurrences), Webinar.class);
    }

    public Webinar get(String webinarId) {
        return get(webinarId, null, null);
    }

    /** PATCH /webinars/{webinarId}: only the non-null fields change. */
    public void update(long webinarId, WebinarInput changes, String occurrenceId) {
        calls.send(ZoomRequest.of(WEBINAR_UPDATE).path("webinarId", webinarId).query("occurrence_id", occurrenceId)
                .json(changes));
    }

    /** DELETE /webinars/{webinarId}. */
    public void delete(long webinarId, String occurrenceId, Boolean cancelWebinarReminder) {
        calls.send(ZoomRequest.of(WEBINAR_DELETE).path("webinarId", webinarId).query("occurrence_id", occurrenceId)
                .query("cancel_webinar_reminder", cancelWebinarReminder));
    }

    /** PUT /webinars/{webinarId}/status with {"action":"end"} — the only action Zoom supports. */
    public void end(long webinarId) {
        calls.send(ZoomRequest.of(WEBINAR_STATUS).path("webinarId", webinarId).json(Map.of("action", "end")));
    }

    /** POST /webinars/{webinarId}/invite_links: one personal join link per attendee name. */
    public InviteLinks.Result createInviteLinks(long webinarId, List<String> names, Long ttlSeconds) {
        if (names.isEmpty() || names.size() > 500) {
            throw new IllegalArgumentException("invite links need between 1 and 500 attendee names");
        }
        List<InviteLinks.Attendee> attendees = names.stream().map(InviteLinks.Attendee::new).toList();
        return calls.call(ZoomRequest.of(WEBINAR_INVITE_LINKS_CREATE).path("webinarId", webinarId)
                .json(new InviteLinks.Request(attendees, ttlSeconds)), InviteLinks.Result.class);
    }

    public List<TrackingSource> trackingSources(long webinarId) {
        return calls.page(ZoomRequest.of(GET_TRACKING_SOURCES).path("webinarId", webinarId), "tracking_sources",
                TrackingSource.class).items();
    }

    public List<WebinarTemplate> templates(String userId) {
        return calls.page(ZoomRequest.of(LIST_WEBINAR_TEMPLATES).path("userId", userId), "templates",
                WebinarTemplate.class).items();
    }

    public WebinarTemplate createTemplate(String userId, WebinarTemplate.Input input) {
        return calls.call(ZoomRequest.of(WEBINAR_TEMPLATE_CREATE).path("userId", userId).json(input),
                WebinarTemplate.class);
    }

    /** GET /webinars/{webinarId}/token; {@code type}: closed_caption_token (Zoom's default and only type). */
    public JoinToken token(long webinarId, String type) {
        return calls.call(ZoomRequest.of(WEBINAR_TOKEN).path("webinarId", webinarId).query("type", type),
                JoinToken.class);
    }

    public JoinToken liveStreamingJoinToken(long webinarId) {
        return calls.call(ZoomRequest.of(WEBINAR_LIVE_STREAMING_JOIN_TOKEN).path("webinarId", webinarId),
                JoinToken.class);
    }

    public JoinToken localArchivingToken(long webinarId) {
        return calls.call(ZoomRequest.of(WEBINAR_LOCAL_ARCHIVING_ARCHIVE_TOKEN).path("webinarId", webinarId),
                JoinToken.class);
    }

    public JoinToken localRecordingJoinToken(long webinarId) {
        return calls.call(ZoomRequest.of(WEBINAR_LOCAL_RECORDING_JOIN_TOKEN).path("webinarId", webinarId),
                JoinToken.class);
    }

    public LiveStream liveStream(long webinarId) {
        return calls.call(ZoomRequest.of(GET_WEBINAR_LIVE_STREAM_DETAILS).path("webinarId", webinarId),
                LiveStream.class);
    }

    public void updateLiveStream(long webinarId, LiveStream stream) {
        calls.send(ZoomRequest.of(WEBINAR_LIVE_STREAM_UPDATE).path("webinarId", webinarId).json(stream));
    }

    public void updateLiveStreamStatus(long webinarId, LiveStream.StatusUpdate update) {
        calls.send(ZoomRequest.of(WEBINAR_LIVE_STREAM_STATUS_UPDATE).path("webinarId", webinarId).json(update));
    }

    /** DELETE /live_webinars/{webinarId}/chat/messages/{messageId} during a live webinar. */
    public void deleteChatMessage(long webinarId, String messageId) {
        calls.send(ZoomRequest.of(DELETE_WEBINAR_CHAT_MESSAGE_BY_ID).path("webinarId", webinarId)
                .path("messageId", messageId));
    }

    private Webinar convert(JsonNode node) {
        return calls.convert(node, Webinar.class);
    }
}
