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
import dev.webinarops.slack.app.Background;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The host select's options, loaded from Zoom's users on demand. The options are the ack itself, so they
 * come from a cache (filled when the create modal opens, kept a few minutes); when the cache is cold or
 * old, a load is started and waited for at most {@link #ANSWER_WAIT}, then Slack gets what there is.
 */
public final class HostSuggestions implements BlockSuggestionHandler {
    private static final Logger log = LoggerFactory.getLogger(HostSuggestions.class);
    private static final Duration TTL = Duration.ofMinutes(5);
    /** Slack waits 3 seconds for the ack, which also has to cross the network and a queue. */
    private static final Duration ANSWER_WAIT = Duration.ofMillis(1500);
    private static final int MAX_OPTIONS = 100;

    private final Zoom zoom;
    private final Background background;
    private final Clock clock;
    private volatile List<User> users = List.of();
    private volatile Instant fetchedAt = Instant.MIN;
    private CompletableFuture<List<User>> loading;

    public HostSuggestions(Zoom zoom, Background background, Clock clock) {
        this.zoom = requireNonNull(zoom, "zoom is null");
        this.background = requireNonNull(background, "background is null");
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

    /** Fills the cache ahead of the first keystroke (called after the create modal opens). */
    public void preload() {
        if (stale()) {
            try {
                load().join();
            } catch (RuntimeException e) {
                log.warn("could not load Zoom users for the host select: {}", e.getMessage());
            }
        }
    }

    private List<User> users() {
        if (!stale()) {
            return users;
        }
        try {
            return load().get(ANSWER_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            log.warn("Zoom did not list users within {} ms; answering the host select from the cache", ANSWER_WAIT.toMillis());
        } catch (ExecutionException e) {
            log.warn("could not load Zoom users for the host select: {}", e.getCause().getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return users;
    }

    private boolean stale() {
        return !fetchedAt.plus(TTL).isAfter(clock.instant());
    }

    /** One load at a time, however many keystrokes ask for it. */
    private synchronized CompletableFuture<List<User>> load() {
        if (loading == null || loading.isDone()) {
            loading = background.supplyNow(() -> {
                List<User> fresh = zoom.users().all().limit(1000).toList();
                users = fresh;
                fetchedAt = clock.instant();
                return fresh;
            });
        }
        return loading;
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
