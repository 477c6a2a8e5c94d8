package dev.webinarops.slack.actions;

import static java.util.Objects.requireNonNull;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.block.LayoutBlock;
import dev.webinarops.core.model.RegistrantAction;
import dev.webinarops.slack.admin.AdminPolicy;
import dev.webinarops.slack.app.Background;
import dev.webinarops.slack.approvals.ApprovalService;
import dev.webinarops.slack.slack.SlackReplies;
import dev.webinarops.slack.views.ApprovalViews;
import dev.webinarops.slack.views.Mrkdwn;
import java.util.List;

/** Approve or Deny on a card (Deny's confirm dialog is shown by Slack before the click arrives). */
public final class DecisionAction implements BlockActionHandler {
    private final RegistrantAction action;
    private final ApprovalService approvals;
    private final AdminPolicy admins;
    private final SlackReplies slack;
    private final Background background;

    public DecisionAction(RegistrantAction action, ApprovalService approvals, AdminPolicy admins, SlackReplies slack,
            Background background) {
        this.action = requireNonNull(action, "action is null");
        this.approvals = requireNonNull(approvals, "approvals is null");
        this.admins = requireNonNull(admins, "admins is null");
        this.slack = requireNonNull(slack, "slack is null");
        this.background = requireNonNull(background, "background is null");
    }

    @Override
    public Response apply(BlockActionRequest req, ActionContext ctx) {
        BlockActionPayload p = req.getPayload();
        background.run(action.wire() + " click", () -> handle(p));
        return ctx.ack();
    }

    private void handle(BlockActionPayload p) {
        String user = p.getUser().getId();
        String channel = p.getContainer() != null && p.getContainer().getChannelId() != null
                ? p.getContainer().getChannelId() : p.getChannel().getId();
        String ts = p.getContainer() != null && p.getContainer().getMessageTs() != null
                ? p.getContainer().getMessageTs() : p.getMessage().getTs();
        ApprovalViews.CardRef ref = ApprovalViews.CardRef.parse(p.getActions().get(0).getValue());
        if (!admins.permits(user, action.wire(), "webinar " + ref.webinarId() + " registrant " + ref.registrantId())) {
            slack.ephemeral(channel, user, ":lock: Sorry, only webinar admins can approve or deny registrants. Nothing was changed.");
            return;
        }
        List<LayoutBlock> info = p.getMessage() == null || p.getMessage().getBlocks() == null ? List.of()
                : p.getMessage().getBlocks();
        approvals.decide(new ApprovalService.Click(ref.webinarId(), ref.registrantId(), user, channel, ts, info,
                displayName(p)), action);
    }

    /**
     * The name as the card's fallback text has it (escaped when posted), for the plain-text confirm dialog
     * and fallbacks; "This registrant" when the text says nothing.
     */
    private static String displayName(BlockActionPayload p) {
        String text = p.getMessage() == null ? null : Mrkdwn.unescape(p.getMessage().getText());
        if (text != null && text.startsWith("Pending: ")) {
            return text.substring("Pending: ".length());
        }
        if (text != null && text.startsWith("New registrant: ")) {
            return text.substring("New registrant: ".length());
        }
        return "This registrant";
    }
}
