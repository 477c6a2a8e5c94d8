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
import com.slack.api.model.block.composition.TextObject;
import dev.webinarops.core.model.Registrant;
import dev.webinarops.core.model.RegistrantAction;
import dev.webinarops.slack.Ids;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Approval cards: one per pending registrant, and a header offering to approve them all. */
public final class ApprovalViews {
    private static final int MAX_FIELDS = 10;
    private static final int MAX_FIELD_SECTIONS = 3;

    private ApprovalViews() {}

    /** What a card's buttons carry: the webinar and the registrant, nothing else. */
    public static String cardValue(long webinarId, String registrantId) {
        return webinarId + ":" + registrantId;
    }

    public record CardRef(long webinarId, String registrantId) {
        public static CardRef parse(String value) {
            int colon = value == null ? -1 : value.indexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException("not a card value: " + value);
            }
            return new CardRef(Long.parseLong(value.substring(0, colon)), value.substring(colon + 1));
        }
    }

    /** The information part of a card: who, when, what they answered (Zoom's standard questions and custom ones). */
    public static List<LayoutBlock> registrantInfo(long webinarId, String topic, Registrant r) {
        List<LayoutBlock> blocks = new ArrayList<>();
        String who = "*" + safe(r.displayName()) + "*  " + escape(r.email()) + "\nRegistered " + date(r.createTime());
        List<TextObject> fields = new ArrayList<>();
        for (String[] answer : standardAnswers(r)) {
            field(fields, answer[0], answer[1]);
        }
        if (r.customQuestions() != null) {
            for (Registrant.CustomAnswer a : r.customQuestions()) {
                field(fields, a.title(), a.value());
            }
        }
        // a section holds at most 10 fields; a few more sections keep long forms whole within the block limit
        for (int i = 0; i == 0 || (i < fields.size() && i < MAX_FIELDS * MAX_FIELD_SECTIONS); i += MAX_FIELDS) {
            List<TextObject> chunk = fields.subList(Math.min(i, fields.size()), Math.min(fields.size(), i + MAX_FIELDS));
            boolean first = i == 0;
            blocks.add(section(s -> {
                if (first) {
                    s.text(markdownText(Mrkdwn.clip(who, Mrkdwn.MAX_TEXT)));
                }
                if (!chunk.isEmpty()) {
                    s.fields(new ArrayList<>(chunk));
                }
                return s;
            }));
        }
        blocks.add(context(c -> c.elements(asContextElements(
                markdownText(Mrkdwn.clip("Pending approval for " + safe(topic) + " (webinar " + webinarId + ")", 2000))))));
        return blocks;
    }

    private static void field(List<TextObject> fields, String title, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        // a field's text is limited to 2000 characters
        fields.add(markdownText(Mrkdwn.clip("*" + escape(title) + "*\n" + escape(value), 2000)));
    }

    private static List<String[]> standardAnswers(Registrant r) {
        String address = java.util.stream.Stream.of(r.address(), r.city(), r.state(), r.zip(), r.country())
                .filter(x -> x != null && !x.isBlank()).collect(java.util.stream.Collectors.joining(", "));
        return List.of(new String[] {"Organisation", r.org()}, new String[] {"Job title", r.jobTitle()},
                new String[] {"Industry", r.industry()}, new String[] {"Employees", r.noOfEmployees()},
                new String[] {"Role in purchase", r.roleInPurchaseProcess()},
                new String[] {"Purchasing time frame", r.purchasingTimeFrame()}, new String[] {"Phone", r.phone()},
                new String[] {"Address", address}, new String[] {"Comments", r.comments()});
    }

    /** A pending card: the information plus Approve (primary) and Deny (danger, confirmed). */
    public static List<LayoutBlock> pendingCard(long webinarId, String topic, Registrant r) {
        List<LayoutBlock> blocks = registrantInfo(webinarId, topic, r);
        blocks.add(decisionButtons(webinarId, r.id(), r.displayName()));
        return blocks;
    }

    public static LayoutBlock decisionButtons(long webinarId, String registrantId, String displayName) {
        String value = cardValue(webinarId, registrantId);
        return actions(a -> a.blockId(Ids.DECISION_BLOCK).elements(asElements(
                button(b -> b.actionId(Ids.APPROVE_ACTION).text(plainText("Approve")).style("primary").value(value)),
                button(b -> b.actionId(Ids.DENY_ACTION).text(plainText("Deny")).style("danger").value(value)
                        .confirm(confirmationDialog(c -> c.title(plainText("Deny this registrant?"))
                                .text(plainText(Mrkdwn.clip(displayName + " will be told they cannot attend.", 300)))
                                .confirm(plainText("Deny")).deny(plainText("Cancel")).style("danger")))))));
    }

    /** A decided card: the information and who decided what, when; no buttons. */
    public static List<LayoutBlock> decidedCard(List<LayoutBlock> info, RegistrantAction action, String slackUser,
            Instant when) {
        List<LayoutBlock> blocks = withoutDecisionBlocks(info);
        blocks.add(context(c -> c.blockId(Ids.DECISION_OUTCOME_BLOCK)
                .elements(asContextElements(markdownText(outcome(action, slackUser, when))))));
        return blocks;
    }

    /** A card whose decision failed at Zoom: the error, and the buttons again. */
    public static List<LayoutBlock> failedCard(List<LayoutBlock> info, long webinarId, String registrantId,
            String displayName, String error) {
        List<LayoutBlock> blocks = withoutDecisionBlocks(info);
        blocks.add(context(c -> c.blockId(Ids.DECISION_ERROR_BLOCK).elements(asContextElements(markdownText(
                Mrkdwn.clip(":warning: Zoom did not take the decision: " + escape(error) + " Nothing changed; try again.",
                        2000))))));
        blocks.add(decisionButtons(webinarId, registrantId, displayName));
        return blocks;
    }

    public static String outcome(RegistrantAction action, String slackUser, Instant when) {
        String verb = action == RegistrantAction.APPROVE ? ":white_check_mark: Approved" : ":no_entry_sign: Denied";
        return verb + " by " + Mrkdwn.user(slackUser) + " on " + date(when);
    }

    /** The header card over a batch of cards. */
    public static List<LayoutBlock> header(long webinarId, String topic, int pending, int shown) {
        List<LayoutBlock> blocks = new ArrayList<>();
        String more = shown < pending ? " (cards below for the first " + shown + ")" : "";
        blocks.add(section(s -> s.text(markdownText(Mrkdwn.clip("*" + pending + " pending registrant"
                + (pending == 1 ? "" : "s") + "* for " + safe(topic) + more, Mrkdwn.MAX_TEXT)))));
        if (pending > 0) {
            String label = "Approve all " + pending + " pending";
            blocks.add(actions(a -> a.blockId(Ids.APPROVE_ALL_BLOCK).elements(asElements(button(b -> b
                    .actionId(Ids.APPROVE_ALL_ACTION).text(plainText(label)).style("primary")
                    .value(Long.toString(webinarId))
                    .confirm(confirmationDialog(c -> c.title(plainText("Approve everyone?"))
                            .text(plainText("Every registrant still pending for this webinar will be approved."))
                            .confirm(plainText("Approve all")).deny(plainText("Cancel")))))))));
        }
        return blocks;
    }

    public static List<LayoutBlock> headerDone(String topic, int approved, String slackUser, Instant when,
            String problem) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section(s -> s.text(markdownText(Mrkdwn.clip("Pending registrants for " + safe(topic), 3000)))));
        String text = ":white_check_mark: " + approved + " approved by " + Mrkdwn.user(slackUser) + " on " + date(when)
                + (problem == null ? "" : "\n:warning: " + escape(problem));
        blocks.add(context(c -> c.elements(asContextElements(markdownText(Mrkdwn.clip(text, 2000))))));
        return blocks;
    }

    /** The information blocks of a card as Slack sent it back: without buttons, errors or an earlier outcome. */
    private static List<LayoutBlock> withoutDecisionBlocks(List<LayoutBlock> card) {
        List<LayoutBlock> out = new ArrayList<>();
        for (LayoutBlock b : card) {
            String id = b.getBlockId();
            if (Ids.DECISION_BLOCK.equals(id) || Ids.DECISION_ERROR_BLOCK.equals(id)
                    || Ids.DECISION_OUTCOME_BLOCK.equals(id) || b instanceof com.slack.api.model.block.ActionsBlock) {
                continue;
            }
            out.add(b);
        }
        return out;
    }
}
