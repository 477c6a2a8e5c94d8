package dev.webinarops.slack.events;

import static java.util.Objects.requireNonNull;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.view.View;
import dev.webinarops.core.Zoom;
import dev.webinarops.core.model.Webinar;
import dev.webinarops.slack.app.Background;
import dev.webinarops.slack.approvals.ApprovalService;
import dev.webinarops.slack.slack.SlackReplies;
import dev.webinarops.slack.store.AppStore;
import dev.webinarops.slack.views.HomeViews;
import java.util.ArrayList;
import java.util.List;

/** The App Home tab: upcoming webinars and the pending counts of watched ones. */
public final class AppHomeOpened implements BoltEventHandler<AppHomeOpenedEvent> {
    private final Zoom zoom;
    private final AppStore store;
    private final SlackReplies slack;
    private final Background background;

    public AppHomeOpened(Zoom zoom, AppStore store, SlackReplies slack, Background background) {
        this.zoom = requireNonNull(zoom, "zoom is null");
        this.store = requireNonNull(store, "store is null");
        this.slack = requireNonNull(slack, "slack is null");
        this.background = requireNonNull(background, "background is null");
    }

    @Override
    public Response apply(EventsApiPayload<AppHomeOpenedEvent> payload, EventContext ctx) {
        AppHomeOpenedEvent event = payload.getEvent();
        if (event.getTab() == null || event.getTab().equals("home")) {
            String user = event.getUser();
            background.run("app home", () -> slack.publishHome(user, build()));
        }
        return ctx.ack();
    }

    View build() {
        String problem = null;
        List<Webinar> upcoming = List.of();
        try {
            upcoming = zoom.webinars().list("me", "upcoming", 20, null).items();
        } catch (RuntimeException e) {
            problem = "Zoom did not list the webinars: " + ApprovalService.userMessage(e);
        }
        List<HomeViews.WatchedCount> watched = new ArrayList<>();
        for (AppStore.Watch w : store.watches().stream().limit(20).toList()) {
            String topic = "webinar " + w.webinarId();
            Integer pending = null;
            try {
                topic = zoom.webinars().get(Long.toString(w.webinarId())).topic();
                pending = zoom.registrants().list(w.webinarId(), "pending", null, 1, null).totalRecords();
            } catch (RuntimeException e) {
                problem = "Some counts are missing: " + ApprovalService.userMessage(e);
            }
            watched.add(new HomeViews.WatchedCount(w.webinarId(), topic, w.channel(), pending));
        }
        return HomeViews.home(upcoming, watched, problem);
    }
}
