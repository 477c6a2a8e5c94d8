package dev.webinarops.slack.commands;

import static java.util.Objects.requireNonNull;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.handler.builtin.SlashCommandHandler;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.block.LayoutBlock;
import dev.webinarops.core.Zoom;
import dev.webinarops.core.api.Page;
import dev.webinarops.core.model.Panelist;
import dev.webinarops.core.model.PastWebinar;
import dev.webinarops.core.model.Registrant;
import dev.webinarops.core.model.RegistrantAction;
import dev.webinarops.core.model.Webinar;
import dev.webinarops.slack.admin.AdminPolicy;
import dev.webinarops.slack.app.Background;
import dev.webinarops.slack.approvals.ApprovalService;
import dev.webinarops.slack.slack.SlackReplies;
import dev.webinarops.slack.store.AppStore;
import dev.webinarops.slack.store.Audit;
import dev.webinarops.slack.submissions.HostSuggestions;
import dev.webinarops.slack.views.MessageViews;
import dev.webinarops.slack.views.ModalViews;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** {@code /webinar}: acks at once (usage for bad input), then does the work and answers on the response URL. */
public final class WebinarCommandHandler implements SlashCommandHandler {
    private final Zoom zoom;
    private final AppStore store;
    private final AdminPolicy admins;
    private final ApprovalService approvals;
    private final SlackReplies slack;
    private final Background background;
    private final Audit audit;
    private final Clock clock;
    private final HostSuggestions hosts;

    public WebinarCommandHandler(Zoom zoom, AppStore store, AdminPolicy admins, ApprovalService approvals,
            SlackReplies slack, Background background, Audit audit, Clock clock, HostSuggestions hosts) {
        this.zoom = requireNonNull(zoom, "zoom is null");
        this.store = requireNonNull(store, "store is null");
        this.admins = requireNonNull(admins, "admins is null");
        this.approvals = requireNonNull(approvals, "approvals is null");
        this.slack = requireNonNull(slack, "slack is null");
        this.background = requireNonNull(background, "background is null");
        this.audit = requireNonNull(audit, "audit is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.hosts = requireNonNull(hosts, "hosts is null");
    }

    @Override
    public Response apply(SlashCommandRequest req, SlashCommandContext ctx) {
        SlashCommandPayload p = req.getPayload();
        CommandLine line;
        try {
            line = CommandLine.parse(p.getText());
        } catch (IllegalArgumentException e) {
            List<LayoutBlock> usage = MessageViews.usage(e.getMessage());
            return ctx.ack(r -> r.responseType("ephemeral").text("Usage: /webinar help").blocks(usage));
        }
        if (line.verb().equals("help")) {
            return ctx.ack(r -> r.responseType("ephemeral").text("/webinar help").blocks(MessageViews.help()));
        }
        Invocation inv = new Invocation(p.getUserId(), p.getChannelId(), p.getResponseUrl(), p.getTriggerId());
        if (line.verb().equals("create") || line.verb().equals("edit")) {
            // ack first; then the trigger_id (3 seconds) is used on the prompt pool, not behind queued Zoom work
            background.runPromptly("/webinar " + line.verb(), () -> openModal(line, inv));
            return ctx.ack();
        }
        background.run("/webinar " + line.verb(), () -> run(line, inv));
        return ctx.ack();
    }

    /** Opens the create modal, or a loading edit modal filled in after Zoom answers; refuses non-admins. */
    private void openModal(CommandLine line, Invocation inv) {
        if (!admins.permits(inv.user(), line.verb(), target(line))) {
            reply(inv, "Only admins can do that", MessageViews.refusal(describe(line)));
            return;
        }
        if (line.verb().equals("create")) {
            boolean recurring = !line.args().isEmpty();
            int defaultStart = (int) clock.instant().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS).getEpochSecond();
            if (slack.openView(inv.triggerId(), ModalViews.create(recurring,
                    (recurring ? "recurring|" : "once|") + inv.responseUrl(), defaultStart)).isEmpty()) {
                reply(inv, "Please try again", MessageViews.error("Slack would not open the form in time; please try again."));
                return;
            }
            background.run("host options", hosts::preload);
            return;
        }
        long id = line.webinarId();
        var viewId = slack.openView(inv.triggerId(), ModalViews.loading("Edit webinar"));
        if (viewId.isEmpty()) {
            reply(inv, "Please try again", MessageViews.error("Slack would not open the form in time; please try again."));
            return;
        }
        background.run("edit form", () -> {
            try {
                Webinar w = zoom.webinars().get(Long.toString(id));
                slack.updateView(viewId.get(), ModalViews.edit(w, id + "|" + inv.responseUrl()));
            } catch (RuntimeException e) {
                slack.updateView(viewId.get(), ModalViews.failure("Edit webinar", ApprovalService.userMessage(e)));
            }
        });
    }

    /** Who asked, where, and how to answer. */
    record Invocation(String user, String channel, String responseUrl, String triggerId) {}

    void run(CommandLine line, Invocation inv) {
        if (line.changes() && !admins.permits(inv.user(), line.verb(), target(line))) {
            reply(inv, "Only admins can do that", MessageViews.refusal(describe(line)));
            return;
        }
        try {
            execute(line, inv);
        } catch (RuntimeException e) {
            String message = ApprovalService.userMessage(e);
            if (line.changes()) {
                audit.record(inv.user(), line.verb(), target(line), "failed: " + message);
            }
            reply(inv, message, MessageViews.error(message));
        }
    }

    private void execute(CommandLine line, Invocation inv) {
        Long id = line.webinarId();
        switch (line.verb()) {
            case "list" -> {
                String owner = line.args().isEmpty() ? "me" : line.args().get(0);
                Page<Webinar> page = zoom.webinars().list(owner, "upcoming", 30, null);
                reply(inv, "Upcoming webinars", MessageViews.webinars(owner, page.items(),
                        page.hasNext() ? "webinars|" + owner + "|" + page.nextPageToken() : null));
            }
            case "show" -> reply(inv, "Webinar " + id, MessageViews.webinar(zoom.webinars().get(Long.toString(id))));
            case "registrants" -> {
                String status = line.args().isEmpty() ? "approved" : line.args().get(0).toLowerCase(Locale.ROOT);
                Page<Registrant> page = zoom.registrants().list(id, status, null, 30, null);
                reply(inv, "Registrants", MessageViews.registrants(id, status, page.items(), page.totalRecords(),
                        page.hasNext() ? "registrants|" + id + "|" + status + "|" + page.nextPageToken() : null));
            }
            case "pending" -> {
                int n = approvals.postPending(id, inv.channel());
                reply(inv, n + " pending", MessageViews.info(n == 0 ? "Nobody is waiting for approval."
                        : "Posted approval cards for " + n + " pending registrant" + (n == 1 ? "" : "s") + "."));
            }
            case "approve", "deny" -> {
                RegistrantAction action = RegistrantAction.parse(line.verb());
                String text = approvals.decideByEmail(id, line.args().get(0), action, inv.user());
                reply(inv, capitalVerb(line.verb()) + " " + line.args().get(0), MessageViews.info(text));
            }
            case "delete" -> reply(inv, "Delete?", MessageViews.confirmDelete(zoom.webinars().get(Long.toString(id))));
            case "end" -> {
                zoom.webinars().end(id);
                audit.record(inv.user(), "end", target(line), "ok");
                reply(inv, "Ended", MessageViews.info("Ended webinar `" + id + "` for everyone in it."));
            }
            case "panelists" -> panelists(line, inv);
            case "polls" -> reply(inv, "Polls", MessageViews.polls(id, zoom.polls().list(id, null)));
            case "qa" -> reply(inv, "Q&A", MessageViews.qa(Long.toString(id), zoom.reports().questionsAndAnswers(Long.toString(id))));
            case "participants" -> {
                Page<PastWebinar.Participant> page = zoom.reports().participants(Long.toString(id), 30, null);
                reply(inv, "Participants", MessageViews.participants(Long.toString(id), page.items(),
                        page.hasNext() ? "participants|" + id + "|" + page.nextPageToken() : null));
            }
            case "absentees" -> {
                List<PastWebinar.Instance> instances = zoom.reports().instances(id);
                if (instances.isEmpty()) {
                    reply(inv, "No past instance", MessageViews.info("Webinar `" + id + "` has not taken place yet."));
                    return;
                }
                String uuid = instances.stream().max((a, b) -> a.startTime().compareTo(b.startTime())).get().uuid();
                Page<Registrant> page = zoom.reports().absentees(uuid, null, 30, null);
                reply(inv, "Absentees", MessageViews.absentees(Long.toString(id), page.items(),
                        page.hasNext() && uuid.length() < 200 ? "absentees|" + uuid + "|" + page.nextPageToken() : null));
            }
            case "links" -> {
                Webinar w = zoom.webinars().get(Long.toString(id));
                List<String> names = line.args().isEmpty() ? List.of()
                        : Arrays.stream(String.join(" ", line.args()).split(",")).map(String::trim)
                                .filter(s -> !s.isEmpty()).toList();
                var personal = names.isEmpty() ? List.<dev.webinarops.core.model.InviteLinks.Link>of()
                        : zoom.webinars().createInviteLinks(id, names, null).attendees();
                if (!names.isEmpty()) {
                    audit.record(inv.user(), "links", target(line) + " for " + names.size() + " name(s)", "ok");
                }
                reply(inv, "Links", MessageViews.inviteLinks(w, personal == null ? List.of() : personal));
            }
            case "watch" -> {
                Webinar w = zoom.webinars().get(Long.toString(id));
                AppStore.Watch watch = new AppStore.Watch(id, inv.channel(), inv.user(), clock.instant());
                boolean added = store.addWatch(watch);
                audit.record(inv.user(), "watch", target(line) + " in " + inv.channel(), added ? "ok" : "no change: already watched");
                reply(inv, "Watching", MessageViews.info(added
                        ? ":eyes: This channel now gets a card for every new pending registrant of *"
                                + dev.webinarops.slack.views.Mrkdwn.safe(w.topic()) + "*."
                        : "This channel already watches that webinar."));
                if (added) {
                    approvals.postNewCards(watch);
                }
            }
            case "unwatch" -> {
                boolean removed = store.removeWatch(id, inv.channel());
                audit.record(inv.user(), "unwatch", target(line) + " in " + inv.channel(), removed ? "ok" : "no change: not watched");
                reply(inv, "Unwatched", MessageViews.info(removed ? "This channel no longer watches webinar `" + id + "`."
                        : "This channel was not watching webinar `" + id + "`."));
            }
            case "token" -> reply(inv, "Token", MessageViews.token(zoom.tokens().status()));
            default -> reply(inv, "Usage", MessageViews.usage("I don't know the command `" + line.verb() + "`"));
        }
    }

    private void panelists(CommandLine line, Invocation inv) {
        long id = line.webinarId();
        if (line.args().isEmpty()) {
            reply(inv, "Panelists", MessageViews.panelists(id, zoom.panelists().list(id)));
            return;
        }
        String op = line.args().get(0).toLowerCase(Locale.ROOT);
        String email = line.args().get(1);
        if (op.equals("add")) {
            String name = line.args().size() > 2 ? String.join(" ", line.args().subList(2, line.args().size()))
                    : email.substring(0, email.indexOf('@'));
            zoom.panelists().add(id, List.of(Panelist.of(name, email)));
            audit.record(inv.user(), "panelist_add", target(line) + " " + email, "ok");
            reply(inv, "Added", MessageViews.info("Added " + dev.webinarops.slack.views.Mrkdwn.escape(email) + " as a panelist."));
        } else {
            Panelist p = zoom.panelists().list(id).stream().filter(x -> email.equalsIgnoreCase(x.email())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(email + " is not a panelist of webinar " + id));
            zoom.panelists().remove(id, p.id());
            audit.record(inv.user(), "panelist_remove", target(line) + " " + email, "ok");
            reply(inv, "Removed", MessageViews.info("Removed " + dev.webinarops.slack.views.Mrkdwn.escape(email) + " from the panelists."));
        }
    }

    private void reply(Invocation inv, String text, List<LayoutBlock> blocks) {
        slack.respond(inv.responseUrl(), text, blocks, false);
    }

    private static String capitalVerb(String verb) {
        return Character.toUpperCase(verb.charAt(0)) + verb.substring(1);
    }

    private static String target(CommandLine line) {
        return line.webinarId() == null ? "-" : "webinar " + line.webinarId();
    }

    private static String describe(CommandLine line) {
        return switch (line.verb()) {
            case "token" -> "see the Zoom token status";
            case "watch", "unwatch" -> "change what this channel watches";
            case "panelists" -> "change panelists";
            default -> line.verb() + " webinars or registrants";
        };
    }

}
