package dev.webinarops.slack.app;

import static java.util.Objects.requireNonNull;

import com.slack.api.Slack;
import com.slack.api.bolt.App;
import com.slack.api.model.event.AppHomeOpenedEvent;
import dev.webinarops.slack.Ids;
import dev.webinarops.slack.actions.ApproveAllAction;
import dev.webinarops.slack.actions.DecisionAction;
import dev.webinarops.slack.actions.DeleteWebinarAction;
import dev.webinarops.slack.actions.MoreResultsAction;
import dev.webinarops.slack.commands.WebinarCommandHandler;
import dev.webinarops.slack.events.AppHomeOpened;
import dev.webinarops.slack.store.AppStore;
import dev.webinarops.slack.submissions.HostSuggestions;
import dev.webinarops.slack.submissions.WebinarFormSubmission;
import dev.webinarops.slack.watch.WatchPoller;
import jakarta.inject.Inject;
import com.google.inject.name.Named;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The running app: listeners registered on Bolt, Socket Mode, the watch poller; and their shutdown. */
public final class WebinarSlackApp implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(WebinarSlackApp.class);

    private final App app;
    private final Slack slack;
    private final SocketModeRunner socket;
    private final WatchPoller poller;
    private final Background background;
    private final AppStore store;
    private final SlackExecutors slackExecutors;
    private boolean closed;

    /** Listeners, grouped by kind. */
    public record Listeners(WebinarCommandHandler command, DecisionAction approve, DecisionAction deny,
            ApproveAllAction approveAll, DeleteWebinarAction delete, MoreResultsAction more,
            WebinarFormSubmission create, WebinarFormSubmission edit, HostSuggestions hosts, AppHomeOpened home) {}

    @Inject
    public WebinarSlackApp(App app, Slack slack, @Named("appToken") String appToken,
            @Named("concurrency") int concurrency, Listeners listeners, WatchPoller poller, Background background,
            AppStore store, SlackExecutors slackExecutors) {
        this.app = requireNonNull(app, "app is null");
        this.slack = requireNonNull(slack, "slack is null");
        this.poller = requireNonNull(poller, "poller is null");
        this.background = requireNonNull(background, "background is null");
        this.store = requireNonNull(store, "store is null");
        this.slackExecutors = requireNonNull(slackExecutors, "slackExecutors is null");
        requireNonNull(listeners, "listeners is null");
        app.command(Ids.COMMAND, listeners.command());
        app.blockAction(Ids.APPROVE_ACTION, listeners.approve());
        app.blockAction(Ids.DENY_ACTION, listeners.deny());
        app.blockAction(Ids.APPROVE_ALL_ACTION, listeners.approveAll());
        app.blockAction(Ids.DELETE_CONFIRM_ACTION, listeners.delete());
        app.blockAction(Ids.MORE_ACTION, listeners.more());
        app.viewSubmission(Ids.CREATE_VIEW, listeners.create());
        app.viewSubmission(Ids.EDIT_VIEW, listeners.edit());
        app.blockSuggestion(Ids.HOST_SELECT_ACTION, listeners.hosts());
        app.event(AppHomeOpenedEvent.class, listeners.home());
        this.socket = new SocketModeRunner(app, slack, background, appToken, concurrency);
    }

    public void start() throws IOException {
        try {
            socket.start();
        } catch (IOException | RuntimeException e) {
            throw new IOException("could not open the Socket Mode connection (apps.connections.open with SLACK_APP_TOKEN): "
                    + e.getMessage(), e);
        }
        poller.start();
        log.info("connected to Slack over Socket Mode");
    }

    public WatchPoller poller() {
        return poller;
    }

    public boolean connected() {
        return socket.connected();
    }

    /** Closes in dependency order: no new envelopes, no polls, pending work done, then Slack and the store. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        socket.close();
        poller.close();
        background.close();
        try {
            slack.close();
        } catch (Exception e) {
            log.warn("closing the Slack client: {}", e.getMessage());
        }
        slackExecutors.close();
        store.close();
    }
}
