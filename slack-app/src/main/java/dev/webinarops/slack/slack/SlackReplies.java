package dev.webinarops.slack.slack;

import static java.util.Objects.requireNonNull;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.slack.api.Slack;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import com.slack.api.util.json.GsonFactory;
import dev.webinarops.slack.views.Mrkdwn;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Slack calls the app makes after an ack: messages, updates, response URLs, views. The {@code text}
 * given with blocks is a plain fallback (notifications, screen readers) that Slack still reads as
 * mrkdwn, so it is escaped here; {@link #ephemeral}'s text is mrkdwn its callers have made safe.
 */
public final class SlackReplies {
    private static final Logger log = LoggerFactory.getLogger(SlackReplies.class);

    private static final int MAX_ATTEMPTS = 4;
    private static final long MAX_RETRY_AFTER_SECONDS = 30;

    private final Slack slack;
    private final MethodsClient methods;
    private final Gson gson = GsonFactory.createSnakeCase();

    public SlackReplies(Slack slack, MethodsClient methods) {
        this.slack = requireNonNull(slack, "slack is null");
        this.methods = requireNonNull(methods, "methods is null");
    }

    /** Answers through a {@code response_url}: ephemeral to the user, as a new message unless {@code replace}. */
    public void respond(String responseUrl, String text, List<LayoutBlock> blocks, boolean replace) {
        if (responseUrl == null || responseUrl.isBlank()) {
            log.warn("no response_url to answer on; dropping a reply");
            return;
        }
        JsonObject body = new JsonObject();
        body.addProperty("response_type", "ephemeral");
        body.addProperty("text", Mrkdwn.escape(text));
        body.add("blocks", gson.toJsonTree(blocks));
        body.addProperty("replace_original", replace);
        try {
            var response = slack.send(responseUrl, gson.toJson(body));
            if (response.getCode() != 200) {
                log.warn("response_url answered {}: {}", response.getCode(), response.getBody());
            }
        } catch (IOException e) {
            log.warn("could not answer on the response_url: {}", e.getMessage());
        }
    }

    /** Posts a message; the message's ts, or empty when Slack refused. */
    public Optional<String> post(String channel, String text, List<LayoutBlock> blocks) {
        try {
            ChatPostMessageResponse r = withRetries(() -> methods.chatPostMessage(b -> b.channel(channel)
                    .text(Mrkdwn.escape(text)).blocks(blocks)), ChatPostMessageResponse::getError);
            if (!r.isOk()) {
                log.warn("chat.postMessage to {} failed: {}", channel, r.getError());
                return Optional.empty();
            }
            return Optional.of(r.getTs());
        } catch (IOException | SlackApiException e) {
            log.warn("chat.postMessage to {} failed: {}", channel, e.getMessage());
            return Optional.empty();
        }
    }

    public boolean update(String channel, String ts, String text, List<LayoutBlock> blocks) {
        try {
            var r = withRetries(() -> methods.chatUpdate(b -> b.channel(channel).ts(ts).text(Mrkdwn.escape(text))
                    .blocks(blocks)), com.slack.api.methods.response.chat.ChatUpdateResponse::getError);
            if (!r.isOk()) {
                log.warn("chat.update of {} {} failed: {}", channel, ts, r.getError());
            }
            return r.isOk();
        } catch (IOException | SlackApiException e) {
            log.warn("chat.update of {} {} failed: {}", channel, ts, e.getMessage());
            return false;
        }
    }

    private interface Call<T> {
        T call() throws IOException, SlackApiException;
    }

    /**
     * Slack rate-limits posting (about one message a second per channel, in bursts): a 429 is waited out
     * (its Retry-After, capped) and the call made again, a few times. This runs after the ack, never in it.
     */
    private static <T> T withRetries(Call<T> call, java.util.function.Function<T, String> error)
            throws IOException, SlackApiException {
        for (int attempt = 1; ; attempt++) {
            long waitSeconds;
            try {
                T r = call.call();
                if (attempt >= MAX_ATTEMPTS || !"ratelimited".equals(error.apply(r))) {
                    return r;
                }
                waitSeconds = 1;
            } catch (SlackApiException e) {
                if (attempt >= MAX_ATTEMPTS || e.getResponse() == null || e.getResponse().code() != 429) {
                    throw e;
                }
                waitSeconds = retryAfter(e.getResponse().header("Retry-After"));
            }
            try {
                Thread.sleep(TimeUnit.SECONDS.toMillis(Math.min(waitSeconds, MAX_RETRY_AFTER_SECONDS)));
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting out Slack's rate limit", ie);
            }
        }
    }

    private static long retryAfter(String header) {
        try {
            return header == null ? 1 : Math.max(1, Long.parseLong(header.trim()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    public void ephemeral(String channel, String user, String text) {
        try {
            var r = methods.chatPostEphemeral(b -> b.channel(channel).user(user).text(text));
            if (!r.isOk()) {
                log.warn("chat.postEphemeral failed: {}", r.getError());
            }
        } catch (IOException | SlackApiException e) {
            log.warn("chat.postEphemeral failed: {}", e.getMessage());
        }
    }

    /** Opens a modal; its view id, or empty (logged) when Slack refused, e.g. an expired trigger. */
    public Optional<String> openView(String triggerId, View view) {
        try {
            var r = methods.viewsOpen(b -> b.triggerId(triggerId).view(view));
            if (!r.isOk()) {
                log.warn("views.open failed: {} {}", r.getError(), r.getResponseMetadata());
                return Optional.empty();
            }
            return Optional.ofNullable(r.getView() == null ? null : r.getView().getId());
        } catch (IOException | SlackApiException e) {
            log.warn("views.open failed: {}", e.getMessage());
            return Optional.empty();
        }
    }

    /** Replaces an open modal (the "loading" one) with its real content. */
    public void updateView(String viewId, View view) {
        try {
            var r = methods.viewsUpdate(b -> b.viewId(viewId).view(view));
            if (!r.isOk()) {
                log.warn("views.update failed: {} {}", r.getError(), r.getResponseMetadata());
            }
        } catch (IOException | SlackApiException e) {
            log.warn("views.update failed: {}", e.getMessage());
        }
    }

    public void publishHome(String user, View view) {
        try {
            var r = methods.viewsPublish(b -> b.userId(user).view(view));
            if (!r.isOk()) {
                log.warn("views.publish failed: {}", r.getError());
            }
        } catch (IOException | SlackApiException e) {
            log.warn("views.publish failed: {}", e.getMessage());
        }
    }
}
