package dev.webinarops.slack.actions;

import static java.util.Objects.requireNonNull;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.block.LayoutBlock;
import dev.webinarops.core.Zoom;
import dev.webinarops.core.api.Page;
import dev.webinarops.core.model.PastWebinar;
import dev.webinarops.core.model.Registrant;
import dev.webinarops.core.model.Webinar;
import dev.webinarops.slack.app.Background;
import dev.webinarops.slack.approvals.ApprovalService;
import dev.webinarops.slack.slack.SlackReplies;
import dev.webinarops.slack.views.MessageViews;
import java.util.List;

/** "More" under a long list: the button's value says which list and where the next page starts. */
public final class MoreResultsAction implements BlockActionHandler {
    private final Zoom zoom;
    private final SlackReplies slack;
    private final Background background;

    public MoreResultsAction(Zoom zoom, SlackReplies slack, Background background) {
        this.zoom = requireNonNull(zoom, "zoom is null");
        this.slack = requireNonNull(slack, "slack is null");
        this.background = requireNonNull(background, "background is null");
    }

    @Override
    public Response apply(BlockActionRequest req, ActionContext ctx) {
        BlockActionPayload p = req.getPayload();
        background.run("more", () -> {
            try {
                slack.respond(p.getResponseUrl(), "More", page(p.getActions().get(0).getValue()), false);
            } catch (RuntimeException e) {
                slack.respond(p.getResponseUrl(), "Failed", MessageViews.error(ApprovalService.userMessage(e)), false);
            }
        });
        return ctx.ack();
    }

    List<LayoutBlock> page(String value) {
        String[] v = value.split("\\|");
        switch (v[0]) {
            case "webinars" -> {
                Page<Webinar> page = zoom.webinars().list(v[1], "upcoming", 30, v[2]);
                return MessageViews.webinars(v[1], page.items(), page.hasNext() ? "webinars|" + v[1] + "|" + page.nextPageToken() : null);
            }
            case "registrants" -> {
                long id = Long.parseLong(v[1]);
                Page<Registrant> page = zoom.registrants().list(id, v[2], null, 30, v[3]);
                return MessageViews.registrants(id, v[2], page.items(), page.totalRecords(),
                        page.hasNext() ? "registrants|" + id + "|" + v[2] + "|" + page.nextPageToken() : null);
            }
            case "participants" -> {
                Page<PastWebinar.Participant> page = zoom.reports().participants(v[1], 30, v[2]);
                return MessageViews.participants(v[1], page.items(),
                        page.hasNext() ? "participants|" + v[1] + "|" + page.nextPageToken() : null);
            }
            case "absentees" -> {
                Page<Registrant> page = zoom.reports().absentees(v[1], null, 30, v[2]);
                return MessageViews.absentees(v[1], page.items(),
                        page.hasNext() ? "absentees|" + v[1] + "|" + page.nextPageToken() : null);
            }
            default -> throw new IllegalArgumentException("this button is from an older version of the app; run the command again");
        }
    }
}
