package dev.webinarops.core.service;

import static dev.webinarops.core.api.ZoomOperation.*;

import dev.webinarops.core.http.ZoomRequest;
import dev.webinarops.core.model.Poll;
import dev.webinarops.core.model.Survey;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Objects;

/** Webinar polls and the post-webinar survey. */
public final class PollService {
    private final ZoomCalls calls;

    @Inject
    public PollService(ZoomCalls calls) {
        this.calls = Objects.requireNonNull(calls, "calls is null");
    }

    public List<Poll> list(long webinarId, Boolean anonymous) {
        return calls.page(ZoomRequest.of(WEBINAR_POLLS).path("webinarId", webinarId).query("anonymous", anonymous),
                "polls", Poll.class).items();
    }

    public Poll create(long webinarId, Poll poll) {
        validate(poll);
        return calls.call(ZoomRequest.of(WEBINAR_POLL_CREATE).path("webinarId", webinarId).json(poll), Poll.class);
    }

    public Poll get(long webinarId, String pollId) {
        return calls.call(ZoomRequest.of(WEBINAR_POLL_GET).path("webinarId", webinarId).path("pollId", pollId),
                Poll.class);
    }

    /** PUT: replaces the poll. */
    public void update(long webinarId, String pollId, Poll poll) {
        validate(poll);
        calls.send(ZoomRequest.of(WEBINAR_POLL_UPDATE).path("webinarId", webinarId).path("pollId", pollId).json(poll));
    }

    public void delete(long webinarId, String pollId) {
        calls.send(ZoomRequest.of(WEBINAR_POLL_DELETE).path("webinarId", webinarId).path("pollId", pollId));
    }

    public Survey survey(long webinarId) {
        return calls.call(ZoomRequest.of(WEBINAR_SURVEY_GET).path("webinarId", webinarId), Survey.class);
    }

    public void updateSurvey(long webinarId, Survey survey) {
        calls.send(ZoomRequest.of(WEBINAR_SURVEY_UPDATE).path("webinarId", webinarId).json(survey));
    }

    public void deleteSurvey(long webinarId) {
        calls.send(ZoomRequest.of(WEBINAR_SURVEY_DELETE).path("webinarId", webinarId));
    }

    private static void validate(Poll poll) {
        if (poll.title() == null || poll.title().isBlank() || poll.title().length() > 64) {
            throw new IllegalArgumentException("a poll needs a title of 1 to 64 characters");
        }
        if (poll.questions() == null || poll.questions().isEmpty()) {
            throw new IllegalArgumentException("a poll needs at least one question");
        }
    }
}
