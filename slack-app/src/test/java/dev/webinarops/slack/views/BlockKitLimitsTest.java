package dev.webinarops.slack.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.util.json.GsonFactory;
import dev.webinarops.core.model.Registrant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Slack's Block Kit limits, and escaping, hold for any input. */
class BlockKitLimitsTest {

    private static void assertWithinLimits(List<LayoutBlock> blocks) {
        assertTrue(blocks.size() <= 50, "at most 50 blocks, got " + blocks.size());
        JsonElement json = GsonFactory.createSnakeCase().toJsonTree(blocks);
        walk(json);
    }

    private static void walk(JsonElement e) {
        if (e.isJsonObject()) {
            var o = e.getAsJsonObject();
            if (o.has("text") && o.get("text").isJsonPrimitive()) {
                assertTrue(o.get("text").getAsString().length() <= 3000, "text over 3000 characters");
            }
            if (o.has("value") && o.get("value").isJsonPrimitive()) {
                assertTrue(o.get("value").getAsString().length() <= 2000, "button value over 2000 characters");
            }
            o.entrySet().forEach(x -> walk(x.getValue()));
        } else if (e.isJsonArray()) {
            e.getAsJsonArray().forEach(BlockKitLimitsTest::walk);
        }
    }

    @Test
    void aLongListStaysWithinFiftyBlocksAndOffersMore() {
        List<String> lines = IntStream.range(0, 2000).mapToObj(i -> "• line " + i + " " + "x".repeat(200)).toList();
        List<LayoutBlock> blocks = MessageViews.list("*Title*", lines, "registrants|1|pending|tok");
        assertWithinLimits(blocks);
        assertEquals("more-results-block", blocks.get(blocks.size() - 1).getBlockId());
    }

    @Test
    void hugeUserTextIsClipped() {
        String huge = "<!channel> " + "&".repeat(5000);
        Registrant r = new Registrant("id", "a@b.example", huge, huge, "pending", null, null, null, null, null, null,
                null, null, null, huge, null, null, null, null, null, null,
                new ArrayList<>(IntStream.range(0, 20).mapToObj(i -> new Registrant.CustomAnswer(huge, huge)).toList()));
        List<LayoutBlock> card = ApprovalViews.pendingCard(1L, huge, r);
        assertWithinLimits(card);
        StringBuilder mrkdwn = new StringBuilder();
        collectMrkdwn(GsonFactory.createSnakeCase().toJsonTree(card), mrkdwn);
        assertFalse(mrkdwn.toString().contains("<!channel>"));
        assertTrue(mrkdwn.toString().contains("&lt;!channel&gt;"));
    }

    private static void collectMrkdwn(JsonElement e, StringBuilder out) {
        if (e.isJsonObject()) {
            var o = e.getAsJsonObject();
            if (o.has("type") && o.get("type").getAsString().equals("mrkdwn")) {
                out.append(o.get("text").getAsString());
            }
            o.entrySet().forEach(x -> collectMrkdwn(x.getValue(), out));
        } else if (e.isJsonArray()) {
            e.getAsJsonArray().forEach(x -> collectMrkdwn(x, out));
        }
    }

    @Test
    void escapingCoversTheThreeControlCharacters() {
        assertEquals("&lt;!channel&gt; &amp;amp; &lt;@U1&gt;", Mrkdwn.escape("<!channel> &amp; <@U1>"));
        assertEquals("", Mrkdwn.escape(null));
    }

    @Test
    void clippingNeverSplitsAnEscape() {
        String clipped = Mrkdwn.clip(Mrkdwn.escape("a".repeat(2996) + "<b"), 3000);
        assertTrue(clipped.length() <= 3000);
        assertFalse(clipped.matches(".*&[a-z]{0,3}…$"), clipped.substring(clipped.length() - 10));
    }

    /** The card shows every answer to the registration form: Zoom's standard questions as well as custom ones. */
    @Test
    void aCardShowsStandardAndCustomAnswers() {
        Registrant r = new Registrant("id", "a@b.example", "Ann", "Lee", "pending", null, null, "1 Main St", "Springfield",
                "IL", "62701", "US", "+1 555", "Retail", "Acme", "CTO", "Within a month", "Decision maker", "51-100",
                "Please let me in <3", null, List.of(new Registrant.CustomAnswer("Why attend?", "Roadmap")));
        List<LayoutBlock> card = ApprovalViews.pendingCard(1L, "Topic", r);
        assertWithinLimits(card);
        StringBuilder mrkdwn = new StringBuilder();
        collectMrkdwn(GsonFactory.createSnakeCase().toJsonTree(card), mrkdwn);
        for (String answer : List.of("Acme", "CTO", "Retail", "Within a month", "Decision maker", "51-100",
                "Please let me in &lt;3", "+1 555", "Springfield", "US", "Roadmap")) {
            assertTrue(mrkdwn.toString().contains(answer), answer + " missing from " + mrkdwn);
        }
    }
}
