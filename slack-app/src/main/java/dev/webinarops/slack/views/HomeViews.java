package dev.webinarops.slack.views;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.asContextElements;
import static com.slack.api.model.view.Views.view;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import dev.webinarops.core.model.Webinar;
import java.util.ArrayList;
import java.util.List;

/** The App Home tab. */
public final class HomeViews {
    /** A watched webinar and how many registrants wait for a decision (null when Zoom did not say). */
    public record WatchedCount(long webinarId, String topic, String channel, Integer pending) {}

    private static final int MAX_UPCOMING = 20;
    private static final int MAX_WATCHED = 20;

    private HomeViews() {}

    public static View home(List<Webinar> upcoming, List<WatchedCount> watched, String problem) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(header(h -> h.text(plainText("Upcoming webinars"))));
        if (upcoming.isEmpty()) {
            blocks.add(context(c -> c.elements(asContextElements(markdownText("No upcoming webinars.")))));
        }
        upcoming.stream().limit(MAX_UPCOMING).forEach(w ->
                blocks.add(section(s -> s.text(markdownText(Mrkdwn.clip(MessageViews.webinarLine(w), Mrkdwn.MAX_TEXT))))));
        blocks.add(divider());
        blocks.add(header(h -> h.text(plainText("Watched for approvals"))));
        if (watched.isEmpty()) {
            blocks.add(context(c -> c.elements(asContextElements(markdownText(
                    "Nothing watched. `/webinar watch <id>` in a channel posts a card there for each new registrant.")))));
        }
        watched.stream().limit(MAX_WATCHED).forEach(w -> blocks.add(section(s -> s.text(markdownText(Mrkdwn.clip(
                "• *" + Mrkdwn.safe(w.topic()) + "* (`" + w.webinarId() + "`) in <#" + w.channel().replaceAll("[^A-Za-z0-9]", "")
                        + ">: " + (w.pending() == null ? "pending count unavailable" : w.pending() + " pending"),
                Mrkdwn.MAX_TEXT))))));
        if (problem != null) {
            blocks.add(context(c -> c.elements(asContextElements(markdownText(Mrkdwn.clip(":warning: " + Mrkdwn.escape(problem), 2000))))));
        }
        return view(v -> v.type("home").blocks(blocks));
    }
}
