package dev.webinarops.core.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.webinarops.core.api.ZoomApiException;
import dev.webinarops.core.api.ZoomOperation;
import java.io.IOException;
import java.util.Locale;
import java.util.Objects;

/** The one place where Zoom's error answers become exceptions with messages a person can act on. */
public final class ErrorMapper {
    private final ObjectMapper mapper;

    public ErrorMapper(ObjectMapper mapper) {
        this.mapper = Objects.requireNonNull(mapper, "mapper is null");
    }

    public ZoomApiException map(ZoomRequest request, ZoomResponse response) {
        ZoomOperation op = request.operation();
        int status = response.status();
        JsonNode body = parse(response.body());
        int code = body.path("code").asInt(0);
        String zoomMessage = body.path("message").asText("").trim();
        String lower = zoomMessage.toLowerCase(Locale.ROOT);
        String what = op.operationId() + " (" + op.summary() + ")";
        String detail = zoomMessage.isEmpty() ? "" : " Zoom said: " + zoomMessage;

        if (code == 4711 || code == 4700 || ((code == 1001 || status == 401 || status == 403) && lower.contains("scope"))) {
            return new ZoomApiException.MissingScopes("The Zoom app lacks the scopes " + what + " needs: add one of "
                    + String.join(", ", op.scopes()) + " to the Server-to-Server OAuth app in the Zoom App Marketplace, "
                    + "then reactivate it." + detail, status, code, op.operationId(), op.scopes());
        }
        if (status == 401) {
            return new ZoomApiException.AuthenticationFailed("Zoom rejected the access token for " + what
                    + " even after a fresh one was minted: check that ZOOM_ACCOUNT_ID, ZOOM_CLIENT_ID and "
                    + "ZOOM_CLIENT_SECRET belong to one activated Server-to-Server OAuth app." + detail,
                    status, code, op.operationId());
        }
        if (status == 429) {
            boolean daily = response.dailyLimit() || lower.contains("daily");
            long retryAfter = response.retryAfterSeconds().orElse(1);
            String message = daily
                    ? "Zoom's daily rate limit for " + what + " is reached; try again after it resets"
                            + " (Zoom's daily limits reset at 00:00 UTC)." + detail
                    : "Zoom kept answering 'rate limited' for " + what + " after retries; wait a few seconds "
                            + "and try again, or lower the volume." + detail;
            return new ZoomApiException.RateLimited(message, code, op.operationId(), daily, retryAfter);
        }
        if (code == 200 && (lower.contains("plan") || lower.contains("licen") || lower.contains("webinar"))) {
            return new ZoomApiException.NoWebinarLicence("This Zoom account (or host user) has no webinar licence, "
                    + "so " + what + " cannot run: assign a Webinar licence to the host in Zoom's admin portal."
                    + detail, status, code, op.operationId());
        }
        if (status == 404 || code == 3001 || code == 1001 || code == 3027) {
            return new ZoomApiException.NotFound(notFoundMessage(request, code, zoomMessage) + detail,
                    status, code, op.operationId());
        }
        if (status >= 500) {
            return new ZoomApiException.Unavailable("Zoom had a server error (" + status + ") on " + what
                    + " and retries did not help; try again shortly." + detail, status, op.operationId(), null);
        }
        return new ZoomApiException.BadRequest("Zoom rejected " + what + " (HTTP " + status
                + (code != 0 ? ", code " + code : "") + ")." + detail, status, code, op.operationId());
    }

    private static String notFoundMessage(ZoomRequest request, int code, String zoomMessage) {
        String webinarId = request.pathParams().get("webinarId");
        if (webinarId == null) {
            webinarId = request.pathParams().get("WebinarUUID");
        }
        String lower = zoomMessage.toLowerCase(Locale.ROOT);
        if (code == 1001 || lower.contains("user")) {
            return "Zoom user not found" + idSuffix(request.pathParams().get("userId"))
                    + ": check the user id or email (list users to see valid ones).";
        }
        if (code == 3027 || lower.contains("registrant")) {
            return "Registrant not found" + idSuffix(request.pathParams().get("registrantId"))
                    + " on webinar " + webinarId + ": list the webinar's registrants to find the right id.";
        }
        if (webinarId != null && (code == 3001 || lower.contains("webinar") || lower.isEmpty())) {
            return "Webinar " + webinarId + " not found: it may have been deleted or the id mistyped "
                    + "(list webinars to see valid ids; past-webinar reports need an ended webinar's id or UUID).";
        }
        return "Not found: " + request.operation().operationId() + ".";
    }

    private static String idSuffix(String id) {
        return id == null ? "" : " (" + id + ")";
    }

    private JsonNode parse(byte[] body) {
        try {
            JsonNode node = body == null || body.length == 0 ? null : mapper.readTree(body);
            return node == null ? mapper.createObjectNode() : node;
        } catch (IOException e) {
            return mapper.createObjectNode();
        }
    }
}
