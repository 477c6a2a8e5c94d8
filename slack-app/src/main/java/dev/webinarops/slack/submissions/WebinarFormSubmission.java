package dev.webinarops.slack.submissions;

import static java.util.Objects.requireNonNull;

import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.handler.builtin.ViewSubmissionHandler;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import dev.webinarops.core.Zoom;
import dev.webinarops.core.model.Webinar;
import dev.webinarops.slack.admin.AdminPolicy;
import dev.webinarops.slack.app.Background;
import dev.webinarops.slack.approvals.ApprovalService;
import dev.webinarops.slack.forms.WebinarForm;
import dev.webinarops.slack.slack.SlackReplies;
import dev.webinarops.slack.store.Audit;
import dev.webinarops.slack.views.MessageViews;
import java.time.Clock;

/**
 * The create and edit modals' submissions: invalid input is answered inline on the field (nothing goes
 * to Zoom); valid input closes the modal and Zoom is called after the ack.
 */
public final class WebinarFormSubmission implements ViewSubmissionHandler {
    private final boolean editing;
    private final Zoom zoom;
    private final AdminPolicy admins;
    private final SlackReplies slack;
    private final Background background;
    private final Audit audit;
    private final Clock clock;

    public WebinarFormSubmission(boolean editing, Zoom zoom, AdminPolicy admins, SlackReplies slack,
            Background background, Audit audit, Clock clock) {
        this.editing = editing;
        this.zoom = requireNonNull(zoom, "zoom is null");
        this.admins = requireNonNull(admins, "admins is null");
        this.slack = requireNonNull(slack, "slack is null");
        this.background = requireNonNull(background, "background is null");
        this.audit = requireNonNull(audit, "audit is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    @Override
    public Response apply(ViewSubmissionRequest req, ViewSubmissionContext ctx) {
        ViewSubmissionPayload p = req.getPayload();
        String[] meta = p.getView().getPrivateMetadata() == null ? new String[] {"", ""}
                : p.getView().getPrivateMetadata().split("\\|", 2);
        boolean recurring = !editing && meta[0].equals("recurring");
        WebinarForm.Result result = WebinarForm.parse(p.getView().getState().getValues(), clock.instant(), recurring, editing);
        if (!result.ok()) {
            return ctx.ackWithErrors(result.errors());
        }
        String user = p.getUser().getId();
        String responseUrl = meta.length > 1 ? meta[1] : null;
        background.run(editing ? "edit submission" : "create submission", () -> {
            if (!admins.permits(user, editing ? "edit" : "create", "-")) {
                slack.respond(responseUrl, "Only admins", MessageViews.refusal(editing ? "edit webinars" : "create webinars"), false);
                return;
            }
            if (editing) {
                edit(Long.parseLong(meta[0]), result.form(), user, responseUrl);
            } else {
                create(result.form(), user, responseUrl);
            }
        });
        return ctx.ack();
    }

    private void create(WebinarForm form, String user, String responseUrl) {
        String host = form.hostId() == null ? "me" : form.hostId();
        Webinar created;
        try {
            created = form.recurrence() == null ? zoom.webinars().create(host, form.toInput())
                    : zoom.webinars().createRecurring(host, form.toInput(), form.recurrence());
        } catch (RuntimeException e) {
            String message = ApprovalService.userMessage(e);
            audit.record(user, "create", "topic " + form.topic(), "failed: " + message);
            slack.respond(responseUrl, message, MessageViews.error("The webinar was not created: " + message), false);
            return;
        }
        audit.record(user, "create", "webinar " + created.id(), "ok");
        String panelistProblem = null;
        if (!form.panelists().isEmpty()) {
            try {
                zoom.panelists().add(created.id(), form.panelists());
                audit.record(user, "panelist_add", "webinar " + created.id(), "ok: " + form.panelists().size());
            } catch (RuntimeException e) {
                panelistProblem = ApprovalService.userMessage(e);
                audit.record(user, "panelist_add", "webinar " + created.id(), "failed: " + panelistProblem);
            }
        }
        var blocks = new java.util.ArrayList<>(MessageViews.created(created));
        if (panelistProblem != null) {
            blocks.addAll(MessageViews.error("The panelists were not added: " + panelistProblem));
        }
        slack.respond(responseUrl, "Created " + created.topic(), blocks, false);
    }

    private void edit(long id, WebinarForm form, String user, String responseUrl) {
        try {
            zoom.webinars().update(id, form.toChanges(), null);
        } catch (RuntimeException e) {
            String message = ApprovalService.userMessage(e);
            audit.record(user, "edit", "webinar " + id, "failed: " + message);
            slack.respond(responseUrl, message, MessageViews.error("The webinar was not changed: " + message), false);
            return;
        }
        audit.record(user, "edit", "webinar " + id, "ok");
        Webinar w = zoom.webinars().get(Long.toString(id));
        var blocks = new java.util.ArrayList<>(MessageViews.info(":pencil2: Saved your changes."));
        blocks.addAll(MessageViews.webinar(w));
        slack.respond(responseUrl, "Saved", blocks, false);
    }

}
