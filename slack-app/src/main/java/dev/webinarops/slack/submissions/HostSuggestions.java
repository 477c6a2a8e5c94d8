package dev.webinarops.slack.submissions;

import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static java.util.Objects.requireNonNull;

import com.slack.api.bolt.context.builtin.BlockSuggestionContext;
import com.slack.api.bolt.handler.builtin.BlockSuggestionHandler;
import com.slack.api.bolt.request.builtin.BlockSuggestionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.app_backend.interactive_components.response.Option;
import dev.webinarops.core.Zoom;
import dev.webinarops.core.model.User;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The host select's options, loaded from Zoom's users on demand. Suggestions must be answered within
 * Slack's 3 seconds, so the list is cached for a few minutes and a failure answers with no options.
 */
public final class HostSuggestions implements BlockSuggestionHandler {
    private static final Logger log = LoggerFactory.getLogger(HostSuggestions.class);
    private static final Duration TTL = Duration.ofMinutes(5);
    private static final int MAX_OPTIONS = 100;

    private final Zoom zoom;
    private final Clock clock;
    private volatile List<User> users = List.of();
    private volatile Instant fetchedAt = Instant.MIN;

    public HostSuggestions(Zoom zoom, Clock clock) {
        this.zoom = requireNonNull(zoom, "zoom is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    @Override
    public Response apply(BlockSuggestionRequest req, BlockSuggestionContext ctx) {
        String query = req.getPayload().getValue() == null ? "" : req.getPayload().getValue().toLowerCase(Locale.ROOT);
        List<Option> options = users().stream()
                .filter(u -> query.isEmpty() || u.displayName().toLowerCase(Locale.ROOT).contains(query)
                        || (u.email() != null && u.email().toLowerCase(Locale.ROOT).contains(query)))
                .limit(MAX_OPTIONS)
                // option text is limited to 75 characters
                .map(u -> new Option(plainText(clip(u.displayName() + " (" + u.email() + ")", 75)), u.id()))
                .toList();
        return ctx.ack(r -> r.options(options));
    }

    private List<User> users() {
        Instant now = clock.instant();
        if (fetchedAt.plus(TTL).isAfter(now)) {
            return users;
        }
        try {
            users = zoom.users().all().limit(1000).toList();
            fetchedAt = now;
        } catch (RuntimeException e) {
            log.warn("could not load Zoom users for the host select: {}", e.getMessage());
        }
        return users;
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
