package dev.webinarops.slack.views;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.confirmationDialog;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.asContextElements;
import static com.slack.api.model.block.element.BlockElements.asElements;
import static com.slack.api.model.block.element.BlockElements.button;
import static dev.webinarops.slack.views.Mrkdwn.date;
import static dev.webinarops.slack.views.Mrkdwn.escape;
import static dev.webinarops.slack.views.Mrkdwn.safe;

import com.slack.api.model.block.LayoutBlock;
import dev.webinarops.core.auth.TokenStatus;
import dev.webinarops.core.model.Panelist;
import dev.webinarops.core.model.PastWebinar;
import dev.webinarops.core.model.Poll;
import dev.webinarops.core.model.Registrant;
import dev.webinarops.core.model.Webinar;
import dev.webinarops.slack.Ids;
import java.util.ArrayList;
import java.util.List;

/** Replies to {@code /webinar}: pure functions from Zoom data to Block Kit. */
public final class MessageViews {
    /** Slack allows 50 blocks per message; two are kept for the title and the "More" button. */
    public static final int MAX_BLOCKS = 50;
    /** Button values are limited to 2000 characters. */
    public static final int MAX_VALUE = 2000;

    public static final String USAGE = String.join("\n",
            "*Usage:* `/webinar <command>`",
            "`help` · `list [user]` · `show <id>` · `links <id> [name, …]`",
            "`create` · `create recurring` · `edit <id>` · `delete <id>` · `end <id>`",
            "`registrants <id> [pending|approved|denied]` · `pending <id>` · `approve <id> <email>` · `deny <id> <email>`",
            "`panelists <id>` · `panelists <id> add <email> <name>` · `panelists <id> remove <email>`",
            "`polls <id>` · `qa <id>` · `participants <id>` · `absentees <id>`",
            "`watch <id>` · `unwatch <id>` · `token`");

    private MessageViews() {}

    public static List<LayoutBlock> help() {
        return List.of(
                section(s -> s.text(markdownText("*Run Zoom webinars from Slack.*"))),
                section(s -> s.text(markdownText(USAGE))),
                context(c -> c.elements(asContextElements(markdownText(
                        "Changing anything (create, edit, delete, end, approve, deny, panelists, watch) is for webinar admins.")))));
    }

    /** Unknown or malformed input: what was wrong, then the usage. */
    public static List<LayoutBlock> usage(String problem) {
        return List.of(section(s -> s.text(markdownText(Mrkdwn.clip(":thinking_face: " + escape(problem), 2000)))),
                section(s -> s.text(markdownText(USAGE))));
    }

    public static List<LayoutBlock> error(String message) {
        return List.of(section(s -> s.text(markdownText(Mrkdwn.clip(":warning: " + escape(message), Mrkdwn.MAX_TEXT)))));
    }

    public static List<LayoutBlock> info(String mrkdwnSafeText) {
        return List.of(section(s -> s.text(markdownText(Mrkdwn.clip(mrkdwnSafeText, Mrkdwn.MAX_TEXT)))));
    }

    public static List<LayoutBlock> refusal(String what) {
        return List.of(section(s -> s.text(markdownText(Mrkdwn.clip(
                ":lock: Sorry, only webinar admins can " + escape(what)
                        + ". Nothing was changed; ask an admin if this needs doing.", Mrkdwn.MAX_TEXT)))));
    }

    /**
     * A titled list of mrkdwn lines packed into as few sections as fit, with a "More" button carrying
     * {@code moreValue} when there is a next page.
     */
    public static List<LayoutBlock> list(String titleMrkdwn, List<String> lines, String moreValue) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section(s -> s.text(markdownText(Mrkdwn.clip(titleMrkdwn, Mrkdwn.MAX_TEXT)))));
        if (lines.isEmpty()) {
            blocks.add(context(c -> c.elements(asContextElements(markdownText("Nothing to show.")))));
        }
        StringBuilder chunk = new StringBuilder();
        for (String line : lines) {
            String l = Mrkdwn.clip(line, Mrkdwn.MAX_TEXT);
            if (chunk.length() + l.length() + 1 > Mrkdwn.MAX_TEXT) {
                addSection(blocks, chunk);
            }
            if (blocks.size() >= MAX_BLOCKS - 1) {
                break;
            }
            chunk.append(chunk.isEmpty() ? "" : "\n").append(l);
        }
        if (!chunk.isEmpty() && blocks.size() < MAX_BLOCKS - 1) {
            addSection(blocks, chunk);
        }
        if (moreValue != null && moreValue.length() <= MAX_VALUE) {
            blocks.add(actions(a -> a.blockId(Ids.MORE_BLOCK).elements(asElements(
                    button(b -> b.actionId(Ids.MORE_ACTION).text(plainText("More")).value(moreValue))))));
        }
        return blocks;
    }

    private static void addSection(List<LayoutBlock> blocks, StringBuilder chunk) {
        String text = chunk.toString();
        blocks.add(section(s -> s.text(markdownText(text))));
        chunk.setLength(0);
    }

    public static String webinarLine(Webinar w) {
        return "• `" + w.id() + "` *" + safe(w.topic()) + "* — " + date(w.startTime())
                + (w.duration() == null ? "" : ", " + w.duration() + " min");
    }

    public static List<LayoutBlock> webinars(String owner, List<Webinar> webinars, String moreValue) {
        return list("*Upcoming webinars of " + escape(owner) + "*", webinars.stream().map(MessageViews::webinarLine)
                .toList(), moreValue);
    }

    public static List<LayoutBlock> webinar(Webinar w) {
        List<String> lines = new ArrayList<>();
        lines.add("*" + safe(w.topic()) + "*  (`" + w.id() + "`)");
        lines.add("Starts " + date(w.startTime()) + (w.duration() == null ? "" : " for " + w.duration() + " minutes")
                + (w.timezone() == null ? "" : " (" + escape(w.timezone()) + ")"));
        if (w.hostEmail() != null) {
            lines.add("Host: " + escape(w.hostEmail()));
        }
        if (w.settings() != null && w.settings().approvalType() != null) {
            lines.add("Registration: " + switch (w.settings().approvalType()) {
                case 0 -> "approved automatically";
                case 1 -> "approved by an admin";
                default -> "not required";
            });
        }
        if (w.occurrences() != null && !w.occurrences().isEmpty()) {
            lines.add("Recurring: " + w.occurrences().size() + " occurrences, next " + date(w.occurrences().get(0).startTime()));
        }
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section(s -> s.text(markdownText(Mrkdwn.clip(String.join("\n", lines), Mrkdwn.MAX_TEXT)))));
        // the agenda (up to 2,000 characters, longer once escaped) gets its own section, so clipping it
        // can never cut off or break the links
        if (w.agenda() != null && !w.agenda().isBlank()) {
            String agenda = ">" + escape(w.agenda()).replace("\n", "\n>");
            blocks.add(section(s -> s.text(markdownText(Mrkdwn.clip(agenda, Mrkdwn.MAX_TEXT)))));
        }
        blocks.add(section(s -> s.text(markdownText(links(w)))));
        return blocks;
    }

    /** Join and registration links; Zoom's URLs are used as link targets only, never as text. */
    public static String links(Webinar w) {
        List<String> parts = new ArrayList<>();
        if (w.joinUrl() != null) {
            parts.add(link(w.joinUrl(), "Join link"));
        }
        if (w.registrationUrl() != null) {
            parts.add(link(w.registrationUrl(), "Registration link"));
        }
        return parts.isEmpty() ? "No links yet." : String.join(" · ", parts);
    }

    private static String link(String url, String label) {
        // a URL with | or > would break out of the link syntax; Zoom's never do, but do not trust that
        if (url.contains("|") || url.contains(">") || url.contains("<") || !url.startsWith("http")) {
            return label + ": " + escape(url);
        }
        return "<" + url.replace("&", "&amp;") + "|" + label + ">";
    }

    public static List<LayoutBlock> created(Webinar w) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section(s -> s.text(markdownText(Mrkdwn.clip(":tada: Created *" + safe(w.topic()) + "* (`" + w.id()
                + "`), starting " + date(w.startTime()) + ".", Mrkdwn.MAX_TEXT)))));
        blocks.add(section(s -> s.text(markdownText(links(w)))));
        return blocks;
    }

    public static String registrantLine(Registrant r) {
        return "• *" + safe(r.displayName()) + "* " + escape(r.email()) + " — " + escape(r.status())
                + ", registered " + date(r.createTime());
    }

    public static List<LayoutBlock> registrants(long webinarId, String status, List<Registrant> rs, Integer total,
            String moreValue) {
        String title = "*" + (status == null ? "Approved" : capital(status)) + " registrants* of webinar `" + webinarId
                + "`" + (total == null ? "" : " (" + total + ")");
        return list(title, rs.stream().map(MessageViews::registrantLine).toList(), moreValue);
    }

    public static List<LayoutBlock> panelists(long webinarId, List<Panelist> ps) {
        return list("*Panelists* of webinar `" + webinarId + "`", ps.stream()
                .map(p -> "• *" + safe(p.name()) + "* " + escape(p.email())).toList(), null);
    }

    public static List<LayoutBlock> polls(long webinarId, List<Poll> polls) {
        List<String> lines = new ArrayList<>();
        for (Poll p : polls) {
            lines.add("• *" + safe(p.title()) + "* (" + escape(p.status()) + ")");
            if (p.questions() != null) {
                for (Poll.Question q : p.questions()) {
                    lines.add("    ◦ " + escape(q.name()) + (q.answers() == null ? "" : ": " + escape(String.join(" / ", q.answers()))));
                }
            }
        }
        return list("*Polls* of webinar `" + webinarId + "`", lines, null);
    }

    public static List<LayoutBlock> qa(String webinar, PastWebinar.QaReport report) {
        List<String> lines = new ArrayList<>();
        if (report.questions() != null) {
            for (PastWebinar.QaAsker a : report.questions()) {
                if (a.questionDetails() == null) {
                    continue;
                }
                for (PastWebinar.QaEntry e : a.questionDetails()) {
                    lines.add("• *" + safe(a.name()) + "*: " + escape(e.question())
                            + (e.answer() == null || e.answer().isBlank() ? " _(unanswered)_" : "\n    ↳ " + escape(e.answer())));
                }
            }
        }
        return list("*Questions and answers* of webinar `" + escape(webinar) + "`", lines, null);
    }

    public static List<LayoutBlock> participants(String webinar, List<PastWebinar.Participant> ps, String moreValue) {
        return list("*Participants* of webinar `" + escape(webinar) + "`", ps.stream()
                .map(p -> "• *" + safe(p.name()) + "* " + escape(p.userEmail() == null ? "" : p.userEmail())).toList(),
                moreValue);
    }

    public static List<LayoutBlock> absentees(String webinar, List<Registrant> rs, String moreValue) {
        return list("*Registered but absent* from webinar `" + escape(webinar) + "`", rs.stream()
                .map(r -> "• *" + safe(r.displayName()) + "* " + escape(r.email())).toList(), moreValue);
    }

    public static List<LayoutBlock> inviteLinks(Webinar w, List<dev.webinarops.core.model.InviteLinks.Link> personal) {
        List<String> lines = new ArrayList<>();
        lines.add(links(w));
        for (dev.webinarops.core.model.InviteLinks.Link l : personal) {
            lines.add("• " + safe(l.name()) + ": " + link(l.joinUrl(), "personal join link"));
        }
        return list("*Links* for " + safe(w.topic()) + " (`" + w.id() + "`)", lines, null);
    }

    public static List<LayoutBlock> token(TokenStatus status) {
        String text = switch (status.state()) {
            case NONE -> "No Zoom token is cached yet; one is minted on the next call.";
            case EXPIRED -> "The cached Zoom token has expired; a new one is minted on the next call.";
            default -> "The Zoom token is " + status.state().id() + ": " + status.minutesRemaining()
                    + " minutes left (until " + date(status.expiresAtUtc()) + ").";
        };
        return List.of(section(s -> s.text(markdownText(":key: " + text))));
    }

    /** A delete confirmation: the button's own dialog is the confirmation. */
    public static List<LayoutBlock> confirmDelete(Webinar w) {
        return List.of(
                section(s -> s.text(markdownText(Mrkdwn.clip("Delete *" + safe(w.topic()) + "* (`" + w.id()
                        + "`), starting " + date(w.startTime()) + "? Registrants and panelists lose their links.",
                        Mrkdwn.MAX_TEXT)))),
                actions(a -> a.elements(asElements(button(b -> b.actionId(Ids.DELETE_CONFIRM_ACTION)
                        .text(plainText("Delete webinar")).style("danger").value(Long.toString(w.id()))
                        .confirm(confirmationDialog(c -> c.title(plainText("Delete this webinar?"))
                                .text(plainText(Mrkdwn.clip(w.topic() == null ? "This webinar" : w.topic(), 250)
                                        + " will be deleted at Zoom. This cannot be undone."))
                                .confirm(plainText("Delete")).deny(plainText("Keep it")).style("danger"))))))));
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
