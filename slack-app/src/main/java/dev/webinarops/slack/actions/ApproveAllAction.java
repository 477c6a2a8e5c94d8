package dev.webinarops.slack.actions;

import static java.util.Objects.requireNonNull;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import dev.webinarops.slack.admin.AdminPolicy;
import dev.webinarops.slack.app.Background;
import dev.webinarops.slack.approvals.ApprovalService;
import dev.webinarops.slack.slack.SlackReplies;
import dev.webinarops.slack.store.Audit;
import dev.webinarops.slack.views.Mrkdwn;

/** "Approve all N pending" on a header card (confirmed by Slack's dialog before the click arrives). */
public final class ApproveAllAction implements BlockActionHandler {
    private final ApprovalService approvals;
    private final AdminPolicy admins;
    private final SlackReplies slack;
    private final Background background;
    private final Audit audit;

    public ApproveAllAction(ApprovalService approvals, AdminPolicy admins, SlackReplies slack, Background background,
            Audit audit) {
        this.approvals = requireNonNull(approvals, "approvals is null");
        this.admins = requireNonNull(admins, "admins is null");
        this.slack = requireNonNull(slack, "slack is null");
        this.background = requireNonNull(background, "background is null");
        this.audit = requireNonNull(audit, "audit is null");
    }

    @Override
    public Response apply(BlockActionRequest req, ActionContext ctx) {
        BlockActionPayload p = req.getPayload();
        background.run("approve all", () -> {
            String user = p.getUser().getId();
            String channel = p.getContainer().getChannelId();
            long webinarId = Long.parseLong(p.getActions().get(0).getValue());
            if (!admins.permits(user, "approve_all", "webinar " + webinarId)) {
                slack.ephemeral(channel, user, ":lock: Sorry, only webinar admins can approve registrants. Nothing was changed.");
                return;
            }
            try {
                approvals.approveAll(webinarId, user, channel, p.getContainer().getMessageTs());
            } catch (RuntimeException e) {
                String message = ApprovalService.userMessage(e);
                audit.record(user, "approve_all", "webinar " + webinarId, "failed: " + message);
                slack.ephemeral(channel, user, ":warning: Approving everyone failed: " + Mrkdwn.escape(message));
            }
        });
        return ctx.ack();
    }
}
