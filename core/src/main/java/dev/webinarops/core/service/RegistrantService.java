package dev.webinarops.core.service;

import static dev.webinarops.core.api.ZoomOperation.*;

import dev.webinarops.core.api.Page;
import dev.webinarops.core.api.Paginator;
import dev.webinarops.core.http.ZoomRequest;
import dev.webinarops.core.model.BatchRegistrants;
import dev.webinarops.core.model.Registrant;
import dev.webinarops.core.model.RegistrantAction;
import dev.webinarops.core.model.RegistrantCreated;
import dev.webinarops.core.model.RegistrantInput;
import dev.webinarops.core.model.RegistrantStatusUpdate;
import dev.webinarops.core.model.RegistrationQuestions;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.stream.Stream;

/** Webinar registrants: listing, adding, and deciding who may attend. */
public final class RegistrantService {
    /** Zoom accepts at most 30 registrants per status call. */
    public static final int STATUS_BATCH = 30;
    private static final Set<String> STATUSES = Set.of("pending", "approved", "denied");

    private final ZoomCalls calls;

    @Inject
    public RegistrantService(ZoomCalls calls) {
        this.calls = Objects.requireNonNull(calls, "calls is null");
    }

    /**
     * One page of GET /webinars/{webinarId}/registrants. {@code status} defaults to approved, as at Zoom.
     * Paged by {@code next_page_token} only: Zoom ignores page_number here.
     */
    public Page<Registrant> list(long webinarId, String status, String occurrenceId, Integer pageSize,
            String nextPageToken) {
        return calls.page(ZoomRequest.of(WEBINAR_REGISTRANTS).path("webinarId", webinarId)
                .query("status", checkStatus(status)).query("occurrence_id", occurrenceId)
                .query("page_size", ZoomCalls.checkPageSize(pageSize)).query("next_page_token", nextPageToken),
                "registrants", Registrant.class);
    }

    /** Every registrant with this status, fetched lazily a page (of 300) at a time. */
    public Stream<Registrant> all(long webinarId, String status) {
        return Paginator.stream(token -> list(webinarId, status, null, ZoomCalls.MAX_PAGE_SIZE, token));
    }

    public Registrant get(long webinarId, String registrantId, String occurrenceId) {
        return calls.call(ZoomRequest.of(WEBINAR_REGISTRANT_GET).path("webinarId", webinarId)
                .path("registrantId", registrantId).query("occurrence_id", occurrenceId), Registrant.class);
    }

    /** POST /webinars/{webinarId}/registrants. */
    public RegistrantCreated add(long webinarId, RegistrantInput input, String occurrenceIds) {
        return calls.call(ZoomRequest.of(WEBINAR_REGISTRANT_CREATE).path("webinarId", webinarId)
                .query("occurrence_ids", occurrenceIds).json(input), RegistrantCreated.class);
    }

    public void delete(long webinarId, String registrantId, String occurrenceId) {
        calls.send(ZoomRequest.of(DELETE_WEBINAR_REGISTRANT).path("webinarId", webinarId)
                .path("registrantId", registrantId).query("occurrence_id", occurrenceId));
    }

    /**
     * PUT /webinars/{webinarId}/registrants/status for any number of registrants, sent in batches of 30.
     * Returns how many were sent. Each batch is idempotent at Zoom, so a retried batch decides nothing twice.
     */
    public int updateStatus(long webinarId, RegistrantAction action, List<RegistrantStatusUpdate.Ref> registrants,
            String occurrenceId, IntConsumer progress) {
        Objects.requireNonNull(action, "action is null");
        if (registrants.isEmpty()) {
            throw new IllegalArgumentException("no registrants given");
        }
        for (RegistrantStatusUpdate.Ref ref : registrants) {
            if ((ref.id() == null || ref.id().isBlank()) && (ref.email() == null || ref.email().isBlank())) {
                throw new IllegalArgumentException("every registrant needs an id or an email");
            }
        }
        int done = 0;
        for (int from = 0; from < registrants.size(); from += STATUS_BATCH) {
            List<RegistrantStatusUpdate.Ref> batch = registrants.subList(from, Math.min(from + STATUS_BATCH, registrants.size()));
            calls.send(ZoomRequest.of(WEBINAR_REGISTRANT_STATUS).path("webinarId", webinarId)
                    .query("occurrence_id", occurrenceId).json(new RegistrantStatusUpdate(action, List.copyOf(batch))));
            done += batch.size();
            if (progress != null) {
                progress.accept(done);
            }
        }
        return done;
    }

    public int updateStatus(long webinarId, RegistrantAction action, List<RegistrantStatusUpdate.Ref> registrants) {
        return updateStatus(webinarId, action, registrants, null, null);
    }

    /**
     * Approves (or denies) every pending registrant. Pending ids are gathered first (ids only, a page at a
     * time) so that paging is not disturbed by the decisions, then decided in batches of 30.
     */
    public BulkResult decideAllPending(long webinarId, RegistrantAction action, ProgressListener progress) {
        if (action == RegistrantAction.CANCEL) {
            throw new IllegalArgumentException("only approve or deny apply to pending registrants");
        }
        List<RegistrantStatusUpdate.Ref> pending = new ArrayList<>();
        all(webinarId, "pending").forEach(r -> pending.add(RegistrantStatusUpdate.Ref.id(r.id())));
        if (pending.isEmpty()) {
            return new BulkResult(action, 0);
        }
        int total = pending.size();
        updateStatus(webinarId, action, pending, null, done -> {
            if (progress != null) {
                progress.progress(done, total);
            }
        });
        return new BulkResult(action, total);
    }

    /** Finds a registrant by email (case-insensitive) in any status, walking every page. */
    public Optional<Registrant> findByEmail(long webinarId, String email) {
        String wanted = email.trim().toLowerCase(Locale.ROOT);
        for (String status : List.of("approved", "pending", "denied")) {
            Optional<Registrant> found = all(webinarId, status)
                    .filter(r -> r.email() != null && r.email().toLowerCase(Locale.ROOT).equals(wanted))
                    .findFirst();
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    public RegistrationQuestions questions(long webinarId) {
        return calls.call(ZoomRequest.of(WEBINAR_REGISTRANTS_QUESTIONS_GET).path("webinarId", webinarId),
                RegistrationQuestions.class);
    }

    public void updateQuestions(long webinarId, RegistrationQuestions questions) {
        calls.send(ZoomRequest.of(WEBINAR_REGISTRANT_QUESTION_UPDATE).path("webinarId", webinarId).json(questions));
    }

    /** POST /webinars/{webinarId}/batch_registrants (up to 30 per call at Zoom). */
    public BatchRegistrants.Result batchRegister(long webinarId, BatchRegistrants.Request request) {
        return calls.call(ZoomRequest.of(ADD_BATCH_WEBINAR_REGISTRANTS).path("webinarId", webinarId).json(request),
                BatchRegistrants.Result.class);
    }

    private static String checkStatus(String status) {
        if (status != null && !STATUSES.contains(status)) {
            throw new IllegalArgumentException("status must be pending, approved or denied, not '" + status + "'");
        }
        return status;
    }

    /** What a bulk decision did. */
    public record BulkResult(RegistrantAction action, int count) {}

    /** Told after each batch: how many are decided so far, of how many. */
    @FunctionalInterface
    public interface ProgressListener {
        void progress(int done, int total);
    }
}
