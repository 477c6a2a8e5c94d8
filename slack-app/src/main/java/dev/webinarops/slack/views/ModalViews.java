package dev.webinarops.slack.views;

import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.option;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.checkboxes;
import static com.slack.api.model.block.element.BlockElements.datetimePicker;
import static com.slack.api.model.block.element.BlockElements.externalSelect;
import static com.slack.api.model.block.element.BlockElements.numberInput;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.block.element.BlockElements.staticSelect;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.view.View;
import dev.webinarops.core.model.Webinar;
import dev.webinarops.slack.Ids;
import java.util.ArrayList;
import java.util.List;

/** The create and edit modals. */
public final class ModalViews {
    public static final int MAX_TOPIC = 200;

    static final List<OptionObject> APPROVAL_OPTIONS = List.of(
            option(plainText("Registration, approved automatically"), "0"),
            option(plainText("Registration, approved by an admin"), "1"),
            option(plainText("No registration"), "2"));

    static final List<OptionObject> REPEAT_OPTIONS = List.of(
            option(plainText("Daily"), "daily"), option(plainText("Weekly"), "weekly"),
            option(plainText("Monthly (same day of month)"), "monthly"));

    static final List<OptionObject> WEEKDAY_OPTIONS = List.of(
            option(plainText("Mon"), "MONDAY"), option(plainText("Tue"), "TUESDAY"),
            option(plainText("Wed"), "WEDNESDAY"), option(plainText("Thu"), "THURSDAY"),
            option(plainText("Fri"), "FRIDAY"), option(plainText("Sat"), "SATURDAY"), option(plainText("Sun"), "SUNDAY"));

    private ModalViews() {}

    /**
     * The creation modal. {@code privateMetadata} carries where to answer (a response URL), never a secret.
     * The start picker shows in the clicking user's own Slack time zone.
     */
    public static View create(boolean recurring, String privateMetadata, int defaultStartEpoch) {
        List<LayoutBlock> blocks = new ArrayList<>(common(null, defaultStartEpoch));
        blocks.add(input(i -> i.blockId(Ids.HOST_BLOCK).label(plainText("Host")).optional(true)
                .hint(plainText("Leave empty to host it yourself (the Zoom account owner)."))
                .element(externalSelect(e -> e.actionId(Ids.HOST_SELECT_ACTION).minQueryLength(0)
                        .placeholder(plainText("Choose a Zoom user"))))));
        blocks.add(input(i -> i.blockId(Ids.APPROVAL_BLOCK).label(plainText("Registration"))
                .element(staticSelect(s -> s.actionId(Ids.APPROVAL_INPUT).options(APPROVAL_OPTIONS)
                        .initialOption(APPROVAL_OPTIONS.get(1))))));
        blocks.add(input(i -> i.blockId(Ids.PANELISTS_BLOCK).label(plainText("Panelists' emails")).optional(true)
                .hint(plainText("One per line or comma-separated; \"Name <email>\" also works."))
                .element(plainTextInput(p -> p.actionId(Ids.PANELISTS_INPUT).multiline(true)))));
        blocks.add(input(i -> i.blockId(Ids.PASSCODE_BLOCK).label(plainText("Passcode")).optional(true)
                .element(plainTextInput(p -> p.actionId(Ids.PASSCODE_INPUT).maxLength(10)))));
        if (recurring) {
            blocks.add(input(i -> i.blockId(Ids.REPEAT_BLOCK).label(plainText("Repeats"))
                    .element(staticSelect(s -> s.actionId(Ids.REPEAT_INPUT).options(REPEAT_OPTIONS)
                            .initialOption(REPEAT_OPTIONS.get(1))))));
            blocks.add(input(i -> i.blockId(Ids.INTERVAL_BLOCK).label(plainText("Every how many days/weeks/months"))
                    .element(numberInput(n -> n.actionId(Ids.INTERVAL_INPUT).decimalAllowed(false).initialValue("1")
                            .minValue("1").maxValue("90")))));
            blocks.add(input(i -> i.blockId(Ids.WEEKDAYS_BLOCK).label(plainText("On (weekly only)")).optional(true)
                    .element(checkboxes(c -> c.actionId(Ids.WEEKDAYS_INPUT).options(WEEKDAY_OPTIONS)))));
            blocks.add(input(i -> i.blockId(Ids.OCCURRENCES_BLOCK).label(plainText("Number of occurrences"))
                    .element(numberInput(n -> n.actionId(Ids.OCCURRENCES_INPUT).decimalAllowed(false)
                            .initialValue("4").minValue("1").maxValue("60")))));
        }
        String title = recurring ? "New recurring webinar" : "New webinar";
        return view(v -> v.type("modal").callbackId(Ids.CREATE_VIEW).privateMetadata(privateMetadata)
                .title(viewTitle(t -> t.type("plain_text").text(title)))
                .submit(viewSubmit(s -> s.type("plain_text").text("Create")))
                .close(viewClose(c -> c.type("plain_text").text("Cancel")))
                .blocks(blocks));
    }

    /** The edit modal, prefilled from the webinar. */
    public static View edit(Webinar w, String privateMetadata) {
        int start = w.startTime() == null ? 0 : (int) w.startTime().getEpochSecond();
        List<LayoutBlock> blocks = common(w, start);
        return view(v -> v.type("modal").callbackId(Ids.EDIT_VIEW).privateMetadata(privateMetadata)
                .title(viewTitle(t -> t.type("plain_text").text("Edit webinar")))
                .submit(viewSubmit(s -> s.type("plain_text").text("Save")))
                .close(viewClose(c -> c.type("plain_text").text("Cancel")))
                .blocks(blocks));
    }

    /** Shown at once while the webinar is fetched from Zoom (a trigger_id expires in 3 seconds). */
    public static View loading(String title) {
        return view(v -> v.type("modal").callbackId(Ids.EDIT_VIEW)
                .title(viewTitle(t -> t.type("plain_text").text(title)))
                .close(viewClose(c -> c.type("plain_text").text("Cancel")))
                .blocks(List.of(section(s -> s.text(markdownText(":hourglass_flowing_sand: Loading the webinar from Zoom…"))))));
    }

    /** Replaces the loading modal when Zoom could not answer. */
    public static View failure(String title, String message) {
        return view(v -> v.type("modal").callbackId(Ids.EDIT_VIEW)
                .title(viewTitle(t -> t.type("plain_text").text(title)))
                .close(viewClose(c -> c.type("plain_text").text("Close")))
                .blocks(List.of(section(s -> s.text(markdownText(Mrkdwn.clip(":warning: " + Mrkdwn.escape(message),
                        Mrkdwn.MAX_TEXT)))))));
    }

    private static List<LayoutBlock> common(Webinar w, int startEpoch) {
        List<LayoutBlock> blocks = new ArrayList<>();
        String topic = w == null ? null : Mrkdwn.clip(w.topic(), MAX_TOPIC);
        blocks.add(input(i -> i.blockId(Ids.TOPIC_BLOCK).label(plainText("Topic"))
                .element(plainTextInput(p -> p.actionId(Ids.TOPIC_INPUT).initialValue(topic)))));
        String agenda = w == null || w.agenda() == null ? null : Mrkdwn.clip(w.agenda(), 2000);
        blocks.add(input(i -> i.blockId(Ids.AGENDA_BLOCK).label(plainText("Agenda")).optional(true)
                .element(plainTextInput(p -> p.actionId(Ids.AGENDA_INPUT).multiline(true).initialValue(agenda)))));
        blocks.add(input(i -> i.blockId(Ids.START_BLOCK).label(plainText("Starts"))
                .element(datetimePicker(d -> d.actionId(Ids.START_INPUT).initialDateTime(startEpoch > 0 ? startEpoch : null)))));
        String duration = w == null || w.duration() == null ? "60" : Integer.toString(w.duration());
        blocks.add(input(i -> i.blockId(Ids.DURATION_BLOCK).label(plainText("Duration (minutes)"))
                .element(numberInput(n -> n.actionId(Ids.DURATION_INPUT).decimalAllowed(false).initialValue(duration)))));
        String zone = w == null || w.timezone() == null ? "UTC" : w.timezone();
        blocks.add(input(i -> i.blockId(Ids.TIMEZONE_BLOCK).label(plainText("Time zone shown to attendees"))
                .hint(plainText("An IANA zone such as Europe/Berlin or America/New_York."))
                .element(plainTextInput(p -> p.actionId(Ids.TIMEZONE_INPUT).initialValue(zone)))));
        return blocks;
    }
}
