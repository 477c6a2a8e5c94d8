package dev.webinarops.slack.actions;

import static java.util.Objects.requireNonNull;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import dev.webinarops.core.Zoom;
import dev.webinarops.slack.admin.AdminPolicy;
import dev.webinarops.slack.app.Background;
import dev.webinarops.slack.approvals.ApprovalService;
import dev.webinarops.slack.slack.SlackReplies;
import dev.webinarops.slack.store.Audit;
import dev.webinarops.slack.views.MessageViews;

/** The confirmed "Delete webinar" button. */
public final class DeleteWebinarAction implements BlockActionHandler {
    private final Zoom zoom;
    private final AdminPolicy admins;
    private final SlackReplies slack;
    private final Background background;
    private final Audit audit;

    public DeleteWebinarAction(Zoom zoom, AdminPolicy admins, SlackReplies slack, Background background, Audit audit) {
        this.zoom = requireNonNull(zoom, "zoom is null");
        this.admins = requireNonNull(admins, "admins is null");
        this.slack = requireNonNull(slack, "slack is null");
        this.background = requireNonNull(background, "background is null");
        this.audit = requireNonNull(audit, "audit is null");
    }

    @Override
    public Response apply(BlockActionRequest req, ActionContext ctx) {
        BlockActionPayload p = req.getPayload();
        background.run("delete", () -> {
            String user = p.getUser().getId();
            long id = Long.parseLong(p.getActions().get(0).getValue());
            if (!admins.permits(user, "delete", "webinar " + id)) {
                slack.respond(p.getResponseUrl(), "Only admins", MessageViews.refusal("delete webinars"), false);
                return;
            }
            try {
                zoom.webinars().delete(id, null, null);
                audit.record(user, "delete", "webinar " + id, "ok");
                slack.respond(p.getResponseUrl(), "Deleted", MessageViews.info(":wastebasket: Deleted webinar `" + id + "`."), true);
            } catch (RuntimeException e) {
                String message = ApprovalService.userMessage(e);
                audit.record(user, "delete", "webinar " + id, "failed: " + message);
                slack.respond(p.getResponseUrl(), message, MessageViews.error(message), false);
            }
        });
        return ctx.ack();
    }
}
