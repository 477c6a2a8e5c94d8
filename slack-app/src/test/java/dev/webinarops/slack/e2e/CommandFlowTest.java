package dev.webinarops.slack.e2e;

import static dev.webinarops.slack.e2e.Harness.ADMIN;
import static dev.webinarops.slack.e2e.Harness.JSON;
import static dev.webinarops.slack.e2e.Harness.NOBODY;
import static dev.webinarops.slack.e2e.Harness.WAIT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.webinarops.slack.Ids;
import dev.webinarops.slack.fake.FakeSlack;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code /webinar} end to end: Slack envelope → ack → Zoom simulator → answer on the response URL. */
class CommandFlowTest {
    private static Harness h;

    @BeforeAll
    static void start() {
        h = Harness.start();
    }

    @AfterAll
    static void stop() {
        h.close();
    }

    private static long webinarId(String topic) {
        return h.zoom.simulator().state().webinarIds().stream()
                .filter(id -> topic.equals(h.zoom.simulator().state().webinarJson(id).path("topic").asText()))
                .findFirst().orElseThrow(() -> new AssertionError("no webinar " + topic));
    }

    private static ObjectNode value(ObjectNode values, String block, String action, String type) {
        ObjectNode v = values.putObject(block).putObject(action);
        v.put("type", type);
        return v;
    }

    private static ObjectNode formValues(String topic, long startEpoch, String duration, String panelists) {
        ObjectNode values = JSON.createObjectNode();
        value(values, Ids.TOPIC_BLOCK, Ids.TOPIC_INPUT, "plain_text_input").put("value", topic);
        value(values, Ids.AGENDA_BLOCK, Ids.AGENDA_INPUT, "plain_text_input").put("value", "What is new");
        value(values, Ids.START_BLOCK, Ids.START_INPUT, "datetimepicker").put("selected_date_time", startEpoch);
        value(values, Ids.DURATION_BLOCK, Ids.DURATION_INPUT, "number_input").put("value", duration);
        value(values, Ids.TIMEZONE_BLOCK, Ids.TIMEZONE_INPUT, "plain_text_input").put("value", "Europe/Berlin");
        value(values, Ids.HOST_BLOCK, Ids.HOST_SELECT_ACTION, "external_select").putNull("selected_option");
        value(values, Ids.APPROVAL_BLOCK, Ids.APPROVAL_INPUT, "static_select").putObject("selected_option")
                .put("value", "1").putObject("text").put("type", "plain_text").put("text", "manual");
        value(values, Ids.PANELISTS_BLOCK, Ids.PANELISTS_INPUT, "plain_text_input").put("value", panelists);
        value(values, Ids.PASSCODE_BLOCK, Ids.PASSCODE_INPUT, "plain_text_input").put("value", "abc123");
        return values;
    }

    @Test
    void createModalSubmissionCreatesTheWebinarAndConfirmsWithLinks() {
        String r = h.command(ADMIN, "create");
        FakeSlack.Call open = h.slack.awaitCall("views.open", c -> opensFormFor(c, r), WAIT);
        JsonNode view = open.json("view");
        assertEquals(Ids.CREATE_VIEW, view.path("callback_id").asText());
        assertTrue(view.toString().contains("datetimepicker"));
        String metadata = view.path("private_metadata").asText();
        long start = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS).getEpochSecond();

        FakeSlack.Ack ack = h.submit(ADMIN, Ids.CREATE_VIEW, metadata,
                formValues("Launch from Slack", start, "45", "Pat Panel <pat@partner.example>"));
        assertNull(ack.payload(), "a valid submission closes the modal");

        JsonNode answer = h.slack.awaitResponse(r, b -> b.toString().contains("Created"), WAIT).body();
        long id = webinarId("Launch from Slack");
        JsonNode created = h.zoom.simulator().state().webinarJson(id);
        assertEquals(45, created.path("duration").asInt());
        assertEquals("Europe/Berlin", created.path("timezone").asText());
        assertEquals(1, created.path("settings").path("approval_type").asInt());
        assertTrue(answer.toString().contains("Join link"), answer.toString());
        // the simulator, like Zoom's spec, gives no registration_url; Zoom itself does, and it is shown then
        assertEquals(1, h.zoom.zoom().panelists().list(id).size());
        assertTrue(h.auditContains(ADMIN, "ok"));
    }

    @Test
    void recurringCreationSendsARecurrence() {
        String r = h.command(ADMIN, "create recurring");
        FakeSlack.Call open = h.slack.awaitCall("views.open", c -> c.json("view").toString().contains("New recurring"), WAIT);
        ObjectNode values = formValues("Weekly from Slack", Instant.now().plus(2, ChronoUnit.DAYS).getEpochSecond(), "30", "");
        value(values, Ids.REPEAT_BLOCK, Ids.REPEAT_INPUT, "static_select").putObject("selected_option").put("value", "weekly");
        value(values, Ids.INTERVAL_BLOCK, Ids.INTERVAL_INPUT, "number_input").put("value", "1");
        value(values, Ids.WEEKDAYS_BLOCK, Ids.WEEKDAYS_INPUT, "checkboxes").putArray("selected_options")
                .addObject().put("value", "TUESDAY");
        value(values, Ids.OCCURRENCES_BLOCK, Ids.OCCURRENCES_INPUT, "number_input").put("value", "6");
        assertNull(h.submit(ADMIN, Ids.CREATE_VIEW, open.json("view").path("private_metadata").asText(), values).payload());
        h.slack.awaitResponse(r, b -> b.toString().contains("Created"), WAIT);
        JsonNode created = h.zoom.simulator().state().webinarJson(webinarId("Weekly from Slack"));
        assertEquals(9, created.path("type").asInt());
        assertEquals(6, created.path("recurrence").path("end_times").asInt());
    }

    @Test
    void invalidModalInputIsShownOnTheFieldsAndNothingGoesToZoom() {
        int creates = h.zoom.simulator().counters().requests("webinarCreate");
        String topic = "x".repeat(201);
        long past = Instant.now().minus(1, ChronoUnit.HOURS).getEpochSecond();
        FakeSlack.Ack ack = h.submit(ADMIN, Ids.CREATE_VIEW, "once|" + h.slack.responseUrl("invalid"),
                formValues(topic, past, "5000", "not-an-email"));
        JsonNode payload = ack.payload();
        assertNotNull(payload);
        assertEquals("errors", payload.path("response_action").asText());
        JsonNode errors = payload.path("errors");
        assertTrue(errors.path(Ids.TOPIC_BLOCK).asText().contains("too long"));
        assertTrue(errors.path(Ids.START_BLOCK).asText().contains("past"));
        assertTrue(errors.path(Ids.DURATION_BLOCK).asText().contains("1 to 1440"));
        assertTrue(errors.path(Ids.PANELISTS_BLOCK).asText().contains("not-an-email"));
        assertEquals(creates, h.zoom.simulator().counters().requests("webinarCreate"));
    }

    @Test
    void unknownAndMalformedInputAnswersWithUsageEphemerally() {
        h.command(ADMIN, "frobnicate 12");
        JsonNode payload = h.lastAck.payload();
        assertEquals("ephemeral", payload.path("response_type").asText());
        assertTrue(payload.toString().contains("frobnicate"));
        assertTrue(payload.toString().contains("Usage"));
        h.command(ADMIN, "show not-a-number");
        assertTrue(h.lastAck.payload().toString().contains("is not a webinar id"));
        h.command(NOBODY, "");
        assertTrue(h.lastAck.payload().toString().contains("Run Zoom webinars from Slack"), "empty text shows help");
    }

    @Test
    void listShowRegistrantsAndReports() {
        String r = h.command(NOBODY, "list");
        JsonNode list = h.slack.awaitResponse(r, b -> true, WAIT).body();
        assertTrue(list.toString().contains("Customer Advisory Board"), list.toString());
        long cab = webinarId("Customer Advisory Board");
        r = h.command(NOBODY, "show " + cab);
        assertTrue(h.slack.awaitResponse(r, b -> true, WAIT).body().toString().contains("approved by an admin"));
        r = h.command(NOBODY, "registrants " + cab + " pending");
        JsonNode regs = h.slack.awaitResponse(r, b -> true, WAIT).body();
        assertTrue(regs.toString().contains("frank@acme.example"), regs.toString());
        long review = webinarId("Quarterly Roadmap Review");
        r = h.command(NOBODY, "participants " + review);
        assertTrue(h.slack.awaitResponse(r, b -> true, WAIT).body().toString().contains("Lena Lund"));
        r = h.command(NOBODY, "qa " + review);
        assertTrue(h.slack.awaitResponse(r, b -> true, WAIT).body().toString().contains("Questions and answers"));
        r = h.command(NOBODY, "absentees " + review);
        assertTrue(h.slack.awaitResponse(r, b -> true, WAIT).body().toString().contains("absent"));
        long launch = webinarId("Product Launch Q&A");
        r = h.command(NOBODY, "polls " + launch);
        assertTrue(h.slack.awaitResponse(r, b -> true, WAIT).body().toString().contains("Which feature matters most?"));
        r = h.command(NOBODY, "panelists " + launch);
        assertTrue(h.slack.awaitResponse(r, b -> true, WAIT).body().toString().contains("expert@partner.example"));
        r = h.command(NOBODY, "links " + launch);
        assertTrue(h.slack.awaitResponse(r, b -> true, WAIT).body().toString().contains("Join link"));
        int before = h.zoom.simulator().counters().requests("webinarInviteLinksCreate");
        r = h.command(NOBODY, "links " + launch + " Ana, Bo");
        assertTrue(h.slack.awaitResponse(r, b -> true, WAIT).body().toString().toLowerCase().contains("admin"),
                "creating personal links at Zoom is a change: admins only");
        assertEquals(before, h.zoom.simulator().counters().requests("webinarInviteLinksCreate"));
        r = h.command(Harness.ADMIN, "links " + launch + " Ana, Bo");
        String links = h.slack.awaitResponse(r, b -> true, WAIT).body().toString();
        assertTrue(links.contains("Ana") && links.contains("Bo"), links);
        assertEquals(before + 1, h.zoom.simulator().counters().requests("webinarInviteLinksCreate"));
    }

    @Test
    void longListsPageWithAMoreButton() {
        long id = h.webinarWithPending("Many registrants", 70);
        String r = h.command(NOBODY, "registrants " + id + " pending");
        JsonNode first = h.slack.awaitResponse(r, b -> true, WAIT).body();
        JsonNode blocks = first.path("blocks");
        assertTrue(blocks.size() <= 50);
        JsonNode more = Harness.findButton(blocks, Ids.MORE_ACTION);
        assertNotNull(more, "a More button when there is a next page");
        assertTrue(more.path("value").asText().length() <= 2000);
        String next = h.click(NOBODY, Harness.CHANNEL, "1.0", blocks, Ids.MORE_ACTION);
        JsonNode second = h.slack.awaitResponse(next, b -> true, WAIT).body();
        assertTrue(second.toString().contains("user31@example.com"), second.toString());
        assertFalse(first.toString().contains("user31@example.com"));
    }

    @Test
    void deleteAsksForConfirmationThenDeletes() {
        long id = h.zoom.simulator().state().addWebinar(h.hostId(), "To delete", Instant.now().plus(9, ChronoUnit.DAYS), 30, 0);
        String r = h.command(ADMIN, "delete " + id);
        JsonNode confirm = h.slack.awaitResponse(r, b -> true, WAIT).body();
        JsonNode button = Harness.findButton(confirm.path("blocks"), Ids.DELETE_CONFIRM_ACTION);
        assertEquals("danger", button.path("style").asText());
        assertNotNull(button.get("confirm"));
        assertTrue(h.zoom.simulator().state().webinarExists(id), "nothing is deleted before the confirmation");
        String done = h.click(ADMIN, Harness.CHANNEL, "1.0", confirm.path("blocks"), Ids.DELETE_CONFIRM_ACTION);
        h.slack.awaitResponse(done, b -> b.toString().contains("Deleted"), WAIT);
        assertFalse(h.zoom.simulator().state().webinarExists(id));
    }

    /** The modal that {@code /webinar create} answered on {@code responseId} opened (its metadata says where to answer). */
    private static boolean opensFormFor(FakeSlack.Call viewsOpen, String responseId) {
        return viewsOpen.json("view").path("private_metadata").asText().endsWith("|" + h.slack.responseUrl(responseId));
    }

    @Test
    void nonAdminsGetNoForm() {
        int opened = h.slack.calls("views.open").size();
        String r = h.command(NOBODY, "create");
        assertNull(h.lastAck.payload(), "acked at once; the refusal follows on the response URL");
        h.slack.awaitResponse(r, b -> b.toString().contains("only webinar admins"), WAIT);
        r = h.command(NOBODY, "edit 1");
        h.slack.awaitResponse(r, b -> b.toString().contains("only webinar admins"), WAIT);
        assertEquals(opened, h.slack.calls("views.open").size());
        assertTrue(h.auditContains(NOBODY, "refused"));
    }

    @Test
    void tokenStatusIsForAdminsOnly() {
        String r = h.command(NOBODY, "token");
        assertTrue(h.slack.awaitResponse(r, b -> true, WAIT).body().toString().contains("only webinar admins"));
        r = h.command(ADMIN, "token");
        JsonNode answer = h.slack.awaitResponse(r, b -> true, WAIT).body();
        assertTrue(answer.toString().contains("Zoom token"), answer.toString());
        assertFalse(answer.toString().contains("eyJ"), "never the token itself");
    }

    @Test
    void editOpensAPrefilledModalAndSaves() {
        long id = h.zoom.simulator().state().addWebinar(h.hostId(), "Before edit", Instant.now().plus(4, ChronoUnit.DAYS), 30, 0);
        String r = h.command(ADMIN, "edit " + id);
        // a loading modal opens at once; the prefilled form replaces it once Zoom answers
        FakeSlack.Call update = h.slack.awaitCall("views.update", c -> c.json("view").toString().contains("Before edit"), WAIT);
        assertEquals(h.slack.calls("views.open").get(h.slack.calls("views.open").size() - 1).answer().path("view").path("id").asText(),
                update.args().get("view_id"));
        JsonNode view = update.json("view");
        assertEquals(Ids.EDIT_VIEW, view.path("callback_id").asText());
        ObjectNode values = formValues("After edit", Instant.now().plus(5, ChronoUnit.DAYS).getEpochSecond(), "90", "");
        assertNull(h.submit(ADMIN, Ids.EDIT_VIEW, view.path("private_metadata").asText(), values).payload());
        h.slack.awaitResponse(r, b -> b.toString().contains("Saved"), WAIT);
        JsonNode after = h.zoom.simulator().state().webinarJson(id);
        assertEquals("After edit", after.path("topic").asText());
        assertEquals(90, after.path("duration").asInt());
    }

    @Test
    void mrkdwnInTopicsAndNamesIsEscaped() {
        long id = h.zoom.simulator().state().addWebinar(h.hostId(), "<!channel> & <https://evil.example|win>",
                Instant.now().plus(6, ChronoUnit.DAYS), 30, 1);
        h.zoom.simulator().state().addRegistrant(id, "mallory@evil.example", "<@U0ADMIN1>", "<!here>", "pending");
        String r = h.command(NOBODY, "show " + id);
        String shown = h.slack.awaitResponse(r, b -> true, WAIT).body().toString();
        assertFalse(shown.contains("<!channel>"), shown);
        assertTrue(shown.contains("&lt;!channel&gt; &amp; &lt;https://evil.example|win&gt;"), shown);
        int before = h.slack.calls("chat.postMessage").size();
        r = h.command(ADMIN, "pending " + id);
        h.slack.awaitResponse(r, b -> b.toString().contains("Posted"), WAIT);
        for (FakeSlack.Call c : h.slack.calls("chat.postMessage").subList(before, h.slack.calls("chat.postMessage").size())) {
            String mrkdwn = mrkdwnTexts(c.json("blocks"), new StringBuilder()).toString();
            assertFalse(mrkdwn.contains("<!channel>") || mrkdwn.contains("<!here>") || mrkdwn.contains("<@U0ADMIN1>"), mrkdwn);
            assertTrue(mrkdwn.contains("&lt;"), mrkdwn);
        }
    }

    /** Every mrkdwn text in the blocks (plain_text is shown literally by Slack, so it cannot inject). */
    static StringBuilder mrkdwnTexts(JsonNode node, StringBuilder out) {
        if (node.isObject() && "mrkdwn".equals(node.path("type").asText())) {
            out.append(node.path("text").asText()).append('\n');
        }
        node.forEach(child -> mrkdwnTexts(child, out));
        return out;
    }

    @Test
    void appHomeShowsUpcomingWebinarsAndWatchedPendingCounts() {
        long cab = webinarId("Customer Advisory Board");
        String r = h.command(ADMIN, "watch " + cab);
        h.slack.awaitResponse(r, b -> true, WAIT);
        h.slack.awaitAck(h.homeOpened(NOBODY), WAIT);
        FakeSlack.Call publish = h.slack.awaitCall("views.publish", c -> NOBODY.equals(c.args().get("user_id")), WAIT);
        String home = publish.json("view").toString();
        assertTrue(home.contains("Customer Advisory Board"), home);
        assertTrue(home.matches(".*Customer Advisory Board\\* \\(`" + cab + "`\\) in <#" + Harness.CHANNEL + ">: \\d+ pending.*"), home);
        r = h.command(ADMIN, "unwatch " + cab);
        h.slack.awaitResponse(r, b -> b.toString().contains("no longer watches"), WAIT);
    }

    @Test
    void hostSelectIsLoadedFromZoomUsersOnDemand() {
        ObjectNode p = JSON.createObjectNode();
        p.put("type", "block_suggestion").put("action_id", Ids.HOST_SELECT_ACTION).put("block_id", Ids.HOST_BLOCK)
                .put("value", "cohost").put("api_app_id", "A0FAKE").put("token", "verification");
        p.putObject("team").put("id", FakeSlack.TEAM).put("domain", "fake");
        p.putObject("user").put("id", ADMIN).put("name", "admin").put("team_id", FakeSlack.TEAM);
        p.putObject("view").put("id", "V1").put("type", "modal").put("callback_id", Ids.CREATE_VIEW);
        FakeSlack.Ack ack = h.slack.awaitAck(h.slack.send("interactive", p), WAIT);
        JsonNode options = ack.payload().path("options");
        assertEquals(1, options.size(), ack.payload().toString());
        assertTrue(options.get(0).path("text").path("text").asText().contains("cohost@sandbox.example"));
    }

    @Test
    void panelistsCanBeAddedAndRemovedAndAWebinarEnded() {
        long id = h.zoom.simulator().state().addWebinar(h.hostId(), "Panel", Instant.now().plus(2, ChronoUnit.DAYS), 30, 0);
        String r = h.command(NOBODY, "panelists " + id + " add pat@partner.example Pat Panel");
        assertTrue(h.slack.awaitResponse(r, b -> true, WAIT).body().toString().contains("only webinar admins"));
        r = h.command(ADMIN, "panelists " + id + " add pat@partner.example Pat Panel");
        h.slack.awaitResponse(r, b -> b.toString().contains("Added"), WAIT);
        assertEquals("Pat Panel", h.zoom.zoom().panelists().list(id).get(0).name());
        r = h.command(ADMIN, "panelists " + id + " remove pat@partner.example");
        h.slack.awaitResponse(r, b -> b.toString().contains("Removed"), WAIT);
        assertTrue(h.zoom.zoom().panelists().list(id).isEmpty());
        r = h.command(ADMIN, "panelists " + id + " remove ghost@partner.example");
        assertTrue(h.slack.awaitResponse(r, b -> true, WAIT).body().toString().contains("is not a panelist"));
        r = h.command(ADMIN, "end " + id);
        JsonNode ended = h.slack.awaitResponse(r, b -> true, WAIT).body();
        assertTrue(ended.toString().contains("Ended") || ended.toString().contains(":warning:"), ended.toString());
        assertTrue(h.auditContains(ADMIN, "ok"));
    }

    @Test
    void zoomErrorsReachTheUserAsASentence() {
        String r = h.command(NOBODY, "show 999999999");
        String body = h.slack.awaitResponse(r, b -> true, WAIT).body().toString();
        assertTrue(body.contains(":warning:"), body);
        assertFalse(body.contains("Exception") || body.contains("\tat "), "never a stack trace: " + body);
    }

    @Test
    void everyWebApiCallWasValidAgainstSlacksSpec() {
        h.command(NOBODY, "help");
        assertTrue(h.slack.rejected().isEmpty(), "rejected calls: " + h.slack.rejected());
    }

    /**
     * The {@code text} beside blocks is mrkdwn too (Slack uses it for notifications and the response URL
     * shows it): a topic or a name must not mention anyone through it either.
     */
    @Test
    void fallbackTextsAreEscapedToo() {
        long id = h.zoom.simulator().state().addWebinar(h.hostId(), "<!channel> fallback",
                Instant.now().plus(6, ChronoUnit.DAYS), 30, 1);
        h.zoom.simulator().state().addRegistrant(id, "eve@evil.example", "<!here>", "Eve", "pending");
        int posts = h.slack.calls("chat.postMessage").size();
        int updates = h.slack.calls("chat.update").size();
        String r = h.command(ADMIN, "pending " + id);
        h.slack.awaitResponse(r, b -> b.toString().contains("Posted"), WAIT);
        r = h.command(ADMIN, "approve " + id + " eve@evil.example");
        h.slack.awaitResponse(r, b -> b.toString().contains("Approved"), WAIT);
        h.slack.awaitCall("chat.update", c -> h.slack.calls("chat.update").indexOf(c) >= updates, WAIT);
        java.util.List<FakeSlack.Call> sent = new java.util.ArrayList<>(h.slack.calls("chat.postMessage").subList(posts,
                h.slack.calls("chat.postMessage").size()));
        sent.addAll(h.slack.calls("chat.update").subList(updates, h.slack.calls("chat.update").size()));
        for (FakeSlack.Call c : sent) {
            String text = c.args().get("text");
            assertFalse(text.contains("<!here>") || text.contains("<!channel>"), c.method() + " text: " + text);
        }
        // the creation confirmation on the response URL
        String created = h.command(ADMIN, "create");
        FakeSlack.Call open = h.slack.awaitCall("views.open", c -> opensFormFor(c, created), WAIT);
        assertNull(h.submit(ADMIN, Ids.CREATE_VIEW, open.json("view").path("private_metadata").asText(),
                formValues("<!channel> created", Instant.now().plus(3, ChronoUnit.DAYS).getEpochSecond(), "30", ""))
                .payload());
        JsonNode answer = h.slack.awaitResponse(created, b -> b.toString().contains("Created"), WAIT).body();
        assertFalse(answer.path("text").asText().contains("<!channel>"), answer.path("text").asText());
    }

    /** A long agenda must not push the join link out of the section (or cut it in half). */
    @Test
    void showKeepsTheLinksWhateverTheAgenda() {
        long id = h.zoom.simulator().state().addWebinar(h.hostId(), "T".repeat(200), Instant.now().plus(6, ChronoUnit.DAYS),
                30, 1);
        String agenda = "Q&A <tbd>\n".repeat(200);
        h.zoom.zoom().webinars().update(id, new dev.webinarops.core.model.WebinarInput(null, null, null, null, null,
                agenda, null, null, null, null, null), null);
        String r = h.command(NOBODY, "show " + id);
        JsonNode blocks = h.slack.awaitResponse(r, b -> true, WAIT).body().path("blocks");
        String mrkdwn = mrkdwnTexts(blocks, new StringBuilder()).toString();
        assertTrue(mrkdwn.contains("<https://zoom.us/j/" + id + "|Join link>"), mrkdwn);
        for (JsonNode b : blocks) {
            assertTrue(b.path("text").path("text").asText().length() <= 3000);
        }
    }
}
