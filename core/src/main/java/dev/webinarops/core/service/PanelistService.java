package dev.webinarops.core.service;

import static dev.webinarops.core.api.ZoomOperation.*;

import dev.webinarops.core.http.ZoomRequest;
import dev.webinarops.core.model.Panelist;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Webinar panelists. Zoom has no "update panelist": remove and add again. */
public final class PanelistService {
    private final ZoomCalls calls;

    @Inject
    public PanelistService(ZoomCalls calls) {
        this.calls = Objects.requireNonNull(calls, "calls is null");
    }

    public List<Panelist> list(long webinarId) {
        return calls.page(ZoomRequest.of(WEBINAR_PANELISTS).path("webinarId", webinarId), "panelists", Panelist.class)
                .items();
    }

    /** POST /webinars/{webinarId}/panelists (Zoom allows up to 200 per call). */
    public Added add(long webinarId, List<Panelist> panelists) {
        if (panelists.isEmpty() || panelists.size() > 200) {
            throw new IllegalArgumentException("add between 1 and 200 panelists at a time");
        }
        for (Panelist p : panelists) {
            if (p.email() == null || p.email().isBlank() || p.name() == null || p.name().isBlank()) {
                throw new IllegalArgumentException("every panelist needs a name and an email");
            }
        }
        return calls.call(ZoomRequest.of(WEBINAR_PANELIST_CREATE).path("webinarId", webinarId)
                .json(Map.of("panelists", panelists)), Added.class);
    }

    public void remove(long webinarId, String panelistId) {
        calls.send(ZoomRequest.of(WEBINAR_PANELIST_DELETE).path("webinarId", webinarId).path("panelistId", panelistId));
    }

    public void removeAll(long webinarId) {
        calls.send(ZoomRequest.of(WEBINAR_PANELISTS_DELETE).path("webinarId", webinarId));
    }

    /** Zoom's answer to adding panelists. */
    public record Added(String id, String updatedAt) {}
}
