package dev.webinarops.mcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.webinarops.core.Zoom;
import dev.webinarops.core.model.Webinar;
import dev.webinarops.core.testing.ZoomTestEnvironment;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** A real MCP client (the Java SDK's) drives the server over stdio against the seeded Zoom simulator. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StdioEndToEndTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ZoomTestEnvironment zoomEnv;
    private Zoom zoom;
    private McpSyncClient client;
    private final List<McpSchema.ProgressNotification> progress = new CopyOnWriteArrayList<>();
    private final Set<String> called = new LinkedHashSet<>();

    @BeforeAll
    void start() {
        zoomEnv = ZoomTestEnvironment.builder().sandbox().build();
        zoom = zoomEnv.zoom();
        client = McpServerProcess.connect(McpServerProcess.environment(zoomEnv, "e2e"), List.of(),
                spec -> spec.progressConsumer(progress::add));
    }

    @AfterAll
    void stop() {
        if (client != null) client.closeGracefully();
        if (zoomEnv != null) zoomEnv.close();
    }

    private long webinar(String topic) {
        return zoom.webinars().list("me", "scheduled", 300, null).items().stream()
                .filter(w -> w.topic().equals(topic)).map(Webinar::id).findFirst()
                .or(() -> zoom.users().all().flatMap(u -> zoom.webinars().list(u.id(), "scheduled", 300, null).items().stream())
                        .filter(w -> w.topic().equals(topic)).map(Webinar::id).findFirst())
                .orElseThrow(() -> new AssertionError("no seeded webinar " + topic));
    }

    private CallToolResult call(String tool, Map<String, Object> args) {
        called.add(tool);
        return client.callTool(new McpSchema.CallToolRequest(tool, args));
    }

    private CallToolResult ok(String tool, Map<String, Object> args) {
        CallToolResult r = call(tool, args);
        if (Boolean.TRUE.equals(r.isError())) {
            fail(tool + " " + args + " failed: " + text(r));
        }
        return r;
    }

    static String text(CallToolResult r) {
        return r.content().stream().filter(c -> c instanceof McpSchema.TextContent)
                .map(c -> ((McpSchema.TextContent) c).text()).reduce("", String::concat);
    }

    /** The JSON Zoom answered, as write tools print it after their first line. */
    private static JsonNode answer(CallToolResult r) throws Exception {
        String t = text(r);
        return JSON.readTree(t.substring(t.indexOf('\n') + 1));
    }

    private static JsonNode structured(CallToolResult r) {
        assertNotNull(r.structuredContent(), "structured content");
        return JSON.valueToTree(r.structuredContent());
    }

    private static Map<String, Object> args(Object... kv) {
        Map<String, Object> m = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
        return m;
    }

    @Test
    void initializeAnnouncesToolsResourcesAndPrompts() {
        McpSchema.InitializeResult init = client.getCurrentInitializationResult();
        assertEquals(WebinarOpsServer.NAME, init.serverInfo().name());
        assertNotNull(init.capabilities().tools());
        assertNotNull(init.capabilities().resources());
        assertNotNull(init.capabilities().prompts());
        assertTrue(init.instructions().contains("list_webinars"));
    }

    @Test
    void everyToolIsDescribedAndAnnotated() {
        List<McpSchema.Tool> tools = client.listTools().tools();
        assertEquals(63, tools.size());
        for (McpSchema.Tool t : tools) {
            assertNotNull(t.title(), t.name());
            assertTrue(t.description().length() > 30, t.name());
            assertEquals("object", t.inputSchema().get("type"), t.name());
            McpSchema.ToolAnnotations a = t.annotations();
            assertNotNull(a.readOnlyHint(), t.name());
            assertNotNull(a.destructiveHint(), t.name());
            assertNotNull(a.idempotentHint(), t.name());
            assertNotNull(a.openWorldHint(), t.name());
            if (a.readOnlyHint()) {
                assertNotNull(t.outputSchema(), "read tool " + t.name() + " has an output schema");
            }
            if (a.destructiveHint()) {
                assertTrue(((Map<?, ?>) t.inputSchema().get("properties")).containsKey("confirm"), t.name());
            }
        }
        Set<String> names = new TreeSet<>(tools.stream().map(McpSchema.Tool::name).toList());
        for (String original : ToolSnapshotTest.ORIGINAL_TOOLS) {
            assertTrue(names.contains(original), "original tool " + original);
        }
    }

    @Test
    void callsEveryToolAgainstTheSimulator() throws Exception {
        long launch = webinar("Product Launch Q&A");
        long cab = webinar("Customer Advisory Board");
        long review = zoom.users().all().flatMap(u -> zoom.webinars().list(u.id(), null, 300, null).items().stream())
                .filter(w -> w.topic().equals("Quarterly Roadmap Review")).map(Webinar::id).findFirst().orElseThrow();
        String start = Instant.now().plus(20, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS).toString();

        // account
        assertEquals("valid", structured(ok("get_token_status", args())).get("state").asText());
        ok("refresh_token", args());
        ok("auto_configure_zoom", args());
        var sim = dev.webinarops.core.sim.SimulatorOptions.defaults();
        CallToolResult configured = ok("configure_zoom", args("account_id", sim.accountId(), "client_id", sim.clientId(),
                "client_secret", sim.clientSecret()));
        assertFalse(text(configured).contains(sim.clientSecret()), "the secret is never echoed");
        CallToolResult rejected = call("configure_zoom", args("account_id", sim.accountId(), "client_id", sim.clientId(),
                "client_secret", "wrong-secret-123456"));
        assertTrue(rejected.isError(), "wrong credentials are reported");
        assertFalse(text(rejected).contains("wrong-secret-123456"), text(rejected));
        assertTrue(text(rejected).contains("previous configuration is kept"), text(rejected));
        assertFalse(call("get_user", args("user_id", "me")).isError(), "the working credentials are still in use");

        // users
        assertTrue(structured(ok("get_users", args("page_size", 10))).get("users").size() >= 4);
        assertEquals("host@sandbox.example", structured(ok("get_user", args("user_id", "me"))).get("email").asText());
        CallToolResult selection = ok("list_users_for_selection", args());
        assertTrue(text(selection).contains("1. Hana Host <host@sandbox.example>"), text(selection));

        // webinars
        JsonNode list = structured(ok("list_webinars", args("user_id", "me", "page_size", 30)));
        assertTrue(list.get("webinars").size() >= 2);
        assertEquals("Product Launch Q&A", structured(ok("get_webinar", args("webinar_id", launch))).get("topic").asText());
        long created = answer(ok("create_webinar", args("user_id", "me", "topic", "E2E webinar", "type", 5,
                "start_time", start, "duration", 30, "timezone", "UTC"))).get("id").asLong();
        assertTrue(zoomEnv.simulator().state().webinarExists(created));
        JsonNode interactive = structured(ok("create_webinar_interactive", args("host", "2", "topic", "Cohost session",
                "start_time", "2030-01-10 15:00", "duration", 45, "timezone", "UTC", "approval_type", 1)));
        long interactiveId = interactive.get("id").asLong();
        assertEquals("Cohost session", zoom.webinars().get(String.valueOf(interactiveId)).topic());
        JsonNode recurring = structured(ok("create_recurring_webinar", args("topic", "Weekly sync", "start_time", start,
                "duration", 30, "timezone", "UTC", "frequency", "weekly", "weekdays", List.of("tuesday"), "end_times", 4)));
        assertEquals(9, zoom.webinars().get(recurring.get("id").asText()).type());
        ok("update_webinar", args("webinar_id", created, "agenda", "Updated by the MCP test"));
        assertEquals("Updated by the MCP test", zoomEnv.simulator().state().webinarJson(created).get("agenda").asText());
        ok("create_webinar_invite_links", args("webinar_id", launch, "attendees", List.of(Map.of("name", "Guest One")),
                "ttl", 3600));
        ok("list_webinar_tracking_sources", args("webinar_id", launch));
        ok("update_webinar_status", args("webinar_id", interactiveId, "action", "end", "confirm", true));
        ok("delete_webinar", args("webinar_id", created, "confirm", true));
        assertFalse(zoomEnv.simulator().state().webinarExists(created));

        // templates
        ok("create_webinar_template", args("user_id", "me", "webinar_id", launch, "name", "Launch template"));
        assertTrue(structured(ok("list_webinar_templates", args("user_id", "me"))).toString().contains("Launch template"));

        // registrants
        JsonNode page = structured(ok("list_webinar_registrants", args("webinar_id", cab, "status", "pending",
                "page_size", 2)));
        assertEquals(2, page.get("registrants").size());
        String token = page.get("next_page_token").asText();
        assertFalse(token.isEmpty(), "a next page token");
        JsonNode page2 = structured(ok("list_webinar_registrants", args("webinar_id", cab, "status", "pending",
                "page_size", 2, "next_page_token", token)));
        assertEquals(2, page2.get("registrants").size());
        String newId = answer(ok("add_webinar_registrant", args("webinar_id", launch, "email", "zed@new.example",
                "first_name", "Zed"))).get("registrant_id").asText();
        assertEquals("zed@new.example", structured(ok("get_webinar_registrant", args("webinar_id", launch,
                "registrant_id", newId))).get("email").asText());
        JsonNode found = structured(ok("find_registrant_by_email", args("webinar_id", launch, "email",
                "alice@customer.example")));
        assertTrue(found.get("found").asBoolean());
        ok("batch_add_webinar_registrants", args("webinar_id", launch, "registrants",
                List.of(Map.of("email", "batch1@new.example", "first_name", "Bea"))));
        ok("get_webinar_registration_questions", args("webinar_id", cab));
        ok("update_webinar_registration_questions", args("webinar_id", cab, "questions",
                List.of(Map.of("field_name", "org", "required", false))));
        ok("update_webinar_registrant_status", args("webinar_id", cab, "action", "deny", "registrants",
                List.of(Map.of("email", "frank@acme.example")), "confirm", true));
        progress.clear();
        CallToolResult approved = client.callTool(McpSchema.CallToolRequest.builder()
                .name("approve_all_pending_registrants").arguments(args("webinar_id", cab)).progressToken("approve-1")
                .build());
        called.add("approve_all_pending_registrants");
        assertFalse(approved.isError(), text(approved));
        assertEquals(4, structured(approved).get("approved").asInt());
        assertEquals(0, zoomEnv.simulator().state().countRegistrants(cab, "pending"));
        // the client hands notifications to its consumer asynchronously: the last one may trail the result
        for (int i = 0; i < 100 && (progress.isEmpty() || progress.get(progress.size() - 1).progress() < 4.0); i++) {
            Thread.sleep(50);
        }
        assertFalse(progress.isEmpty(), "progress notifications were sent");
        assertEquals("approve-1", progress.get(progress.size() - 1).progressToken());
        assertEquals(4.0, progress.get(progress.size() - 1).progress());
        ok("delete_webinar_registrant", args("webinar_id", launch, "registrant_id", newId, "confirm", true));
        assertFalse(structured(ok("find_registrant_by_email", args("webinar_id", launch, "email",
                "zed@new.example"))).get("found").asBoolean());

        // panelists
        ok("add_panelists", args("webinar_id", launch, "panelists", List.of(Map.of("name", "Pat Panel", "email",
                "pat@panel.example"))));
        JsonNode panelists = structured(ok("list_panelists", args("webinar_id", launch)));
        String pat = null;
        for (JsonNode p : panelists.get("panelists")) if (p.get("email").asText().equals("pat@panel.example")) pat = p.get("id").asText();
        assertNotNull(pat);
        ok("remove_panelist", args("webinar_id", launch, "panelist_id", pat, "confirm", true));
        ok("remove_all_panelists", args("webinar_id", review, "confirm", true));

        // polls
        String pollId = answer(ok("create_webinar_poll", args("webinar_id", launch, "title", "Mood", "questions",
                List.of(Map.of("name", "How are you?", "type", "single", "answers", List.of("Good", "Great")))))).get("id").asText();
        assertTrue(structured(ok("get_webinar_polls", args("webinar_id", launch))).toString().contains("Mood"));
        assertEquals("Mood", structured(ok("get_webinar_poll", args("webinar_id", launch, "poll_id", pollId))).get("title").asText());
        ok("update_webinar_poll", args("webinar_id", launch, "poll_id", pollId, "title", "Mood 2", "questions",
                List.of(Map.of("name", "How are you now?", "type", "single", "answers", List.of("Good", "Great")))));
        ok("delete_webinar_poll", args("webinar_id", launch, "poll_id", pollId, "confirm", true));

        // surveys
        ok("update_webinar_survey", args("webinar_id", launch, "custom_survey", Map.of("anonymous", true,
                "questions", List.of(Map.of("name", "Useful?", "type", "single", "answers", List.of("Yes", "No"))))));
        ok("get_webinar_survey", args("webinar_id", launch));
        ok("delete_webinar_survey", args("webinar_id", launch, "confirm", true));

        // reports
        JsonNode instances = structured(ok("list_past_webinar_instances", args("webinar_id", String.valueOf(review))));
        String uuid = instances.get("webinars").get(0).get("uuid").asText();
        assertTrue(structured(ok("list_webinar_participants", args("webinar_id", uuid))).get("participants").size() >= 3);
        ok("get_webinar_absentees", args("webinar_uuid", uuid));
        assertTrue(text(ok("list_webinar_qa", args("webinar_id", String.valueOf(review)))).contains("SSO"));
        ok("list_past_webinar_poll_results", args("webinar_id", String.valueOf(review)));

        // branding
        ok("get_webinar_branding", args("webinar_id", launch));
        String tagId = answer(ok("create_webinar_branding_name_tag", args("webinar_id", launch, "name", "Speaker",
                "text_color", "0E72ED", "accent_color", "0E72ED", "background_color", "FFFFFF"))).get("id").asText();
        ok("update_webinar_branding_name_tag", args("webinar_id", launch, "name_tag_id", tagId, "name", "Host"));
        ok("delete_webinar_branding_name_tags", args("webinar_id", launch, "name_tag_ids", tagId, "confirm", true));
        Path png = Files.createTempFile("background", ".png");
        Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 0});
        String vb = answer(ok("upload_webinar_virtual_background", args("webinar_id", launch, "file_path",
                png.toString()))).get("id").asText();
        ok("set_webinar_default_virtual_background", args("webinar_id", launch, "id", vb));
        ok("delete_webinar_virtual_backgrounds", args("webinar_id", launch, "ids", vb, "confirm", true));
        ok("upload_webinar_wallpaper", args("webinar_id", launch, "file_path", png.toString()));
        ok("delete_webinar_wallpaper", args("webinar_id", launch, "confirm", true));

        // streaming
        ok("get_webinar_live_streaming_join_token", args("webinar_id", launch));
        ok("get_webinar_local_archiving_token", args("webinar_id", launch));
        ok("get_webinar_local_recording_join_token", args("webinar_id", launch));
        ok("update_webinar_live_stream", args("webinar_id", launch, "stream_url", "rtmp://stream.example/live",
                "stream_key", "key-1", "page_url", "https://stream.example/page"));
        assertEquals("rtmp://stream.example/live", structured(ok("get_webinar_live_stream", args("webinar_id", launch)))
                .get("stream_url").asText());
        ok("update_webinar_live_stream_status", args("webinar_id", launch, "action", "start"));
        ok("get_webinar_token", args("webinar_id", launch, "type", "closed_caption_token"));

        // chat
        String message = zoomEnv.simulator().state().addChatMessage(launch);
        ok("delete_webinar_chat_message", args("webinar_id", launch, "message_id", message, "confirm", true));

        String log = Files.readString(McpServerProcess.moduleDir().resolve("target/test-logs/e2e.log"));
        assertTrue(log.contains("ready on stdio"), "the server logs to its file");
        assertFalse(log.contains("wrong-secret-123456") || log.contains(sim.clientSecret()), "no secret in the log");

        Set<String> all = new TreeSet<>(client.listTools().tools().stream().map(McpSchema.Tool::name).toList());
        all.removeAll(called);
        assertEquals(Set.of(), all, "tools never called");
    }

    @Test
    void destructiveToolWithoutConfirmDescribesAndChangesNothing() {
        long office = webinar("Office Hours");
        CallToolResult preview = call("delete_webinar", args("webinar_id", office));
        assertFalse(preview.isError());
        assertTrue(text(preview).contains("Confirmation needed") && text(preview).contains("confirm: true"), text(preview));
        assertTrue(zoomEnv.simulator().state().webinarExists(office), "nothing was deleted");
        CallToolResult done = call("delete_webinar", args("webinar_id", office, "confirm", true));
        assertFalse(done.isError(), text(done));
        assertFalse(zoomEnv.simulator().state().webinarExists(office));
    }

    @Test
    void approvingNeedsNoConfirmationButDenyingDoes() {
        long cabinet = zoomEnv.simulator().state().addWebinar(zoomEnv.simulator().state().userIds().get(0), "Deny test",
                Instant.now().plus(5, ChronoUnit.DAYS), 30, 1);
        String id = zoomEnv.simulator().state().addRegistrant(cabinet, "x@y.example", "X", "Y", "pending");
        CallToolResult deny = call("update_webinar_registrant_status", args("webinar_id", cabinet, "action", "deny",
                "registrants", List.of(Map.of("id", id))));
        assertTrue(text(deny).contains("Confirmation needed"), text(deny));
        assertEquals("pending", zoomEnv.simulator().state().registrantStatus(cabinet, id));
        CallToolResult approve = call("update_webinar_registrant_status", args("webinar_id", cabinet, "action",
                "approve", "registrants", List.of(Map.of("id", id))));
        assertFalse(approve.isError(), text(approve));
        assertEquals("approved", zoomEnv.simulator().state().registrantStatus(cabinet, id));
    }

    @Test
    void listWebinarsPagesWithTheTokenItReturns() {
        int total = zoom.webinars().list("me", "scheduled", 300, null).items().size();
        assertTrue(total >= 2, "the sandbox host has several webinars");
        Set<Object> seen = new LinkedHashSet<>();
        String token = null;
        int pages = 0;
        do {
            Map<String, Object> a = args("user_id", "me", "page_size", 1);
            if (token != null) a.put("next_page_token", token);
            JsonNode page = structured(ok("list_webinars", a));
            page.path("webinars").forEach(w -> seen.add(w.path("id").asLong()));
            token = page.path("next_page_token").asText("");
            pages++;
        } while (!token.isEmpty() && pages < 20);
        assertEquals(total, pages, "one webinar per page, and the token stops after the last");
        assertEquals(total, seen.size(), "every webinar once");
        CallToolResult bogus = call("list_webinars", args("user_id", "me", "next_page_token", "abc"));
        assertTrue(bogus.isError());
    }

    @Test
    void timesPeopleTypeAreReadInTheWebinarsTimeZone() throws Exception {
        long before = zoomEnv.simulator().counters().requests("webinarCreate");
        CallToolResult created = ok("create_webinar", args("user_id", "me", "topic", "Local time", "start_time",
                "2030-05-01 15:00", "timezone", "Asia/Kolkata", "duration", 30));
        long id = answer(created).path("id").asLong();
        assertEquals(java.time.Instant.parse("2030-05-01T09:30:00Z"), zoom.webinars().get(Long.toString(id)).startTime());

        CallToolResult bad = call("create_webinar", args("user_id", "me", "topic", "Never", "start_time", "yesterday"));
        assertTrue(bad.isError());
        assertTrue(text(bad).contains("not a time I can read"), text(bad));
        assertEquals(before + 1, zoomEnv.simulator().counters().requests("webinarCreate"), "the bad one never reached Zoom");
    }

    @Test
    void badArgumentsAndZoomErrorsComeBackAsToolErrors() {
        CallToolResult missing = call("get_webinar", args());
        assertTrue(missing.isError(), "missing required argument");
        assertTrue(text(missing).contains("webinar_id"), text(missing));

        CallToolResult wrongType = call("get_webinar", args("webinar_id", "not-a-number"));
        assertTrue(wrongType.isError());

        CallToolResult notFound = call("get_webinar", args("webinar_id", 12345678901L));
        assertTrue(notFound.isError());
        assertFalse(text(notFound).contains("Exception"), text(notFound));
        assertTrue(text(notFound).toLowerCase().contains("not found") || text(notFound).contains("does not exist"),
                text(notFound));

        long launch = webinar("Product Launch Q&A");
        zoomEnv.simulator().state().revokeScopes(true);
        try {
            CallToolResult scopes = call("get_webinar", args("webinar_id", launch));
            assertTrue(scopes.isError());
            assertTrue(text(scopes).contains("webinar:read") && text(scopes).contains("refresh_token"), text(scopes));
        } finally {
            zoomEnv.simulator().state().revokeScopes(false);
        }

        CallToolResult badTime = call("create_webinar_interactive", args("host", "1", "topic", "x", "start_time",
                "next tuesday-ish", "duration", 30));
        assertTrue(badTime.isError());
        assertTrue(text(badTime).startsWith("Invalid argument:"), text(badTime));

        CallToolResult unknownHost = call("create_webinar_interactive", args("host", "99", "topic", "x", "start_time",
                "2030-01-01 10:00", "duration", 30));
        assertTrue(unknownHost.isError());
        assertTrue(text(unknownHost).contains("no user number 99"), text(unknownHost));
        assertTrue(text(unknownHost).contains("1. ") && text(unknownHost).contains("@sandbox.example"),
                "the error names the hosts to choose from: " + text(unknownHost));
    }

    @Test
    void everyListToolPagesWithTheTokenItReturns() {
        long cab = zoomEnv.simulator().state().addWebinar(zoomEnv.simulator().state().userIds().get(0), "Paging test",
                Instant.now().plus(7, ChronoUnit.DAYS), 30, 1);
        zoomEnv.simulator().state().addPendingRegistrants(cab, 3);
        long review = zoom.users().all().flatMap(u -> zoom.webinars().list(u.id(), null, 300, null).items().stream())
                .filter(w -> w.topic().equals("Quarterly Roadmap Review")).map(Webinar::id).findFirst().orElseThrow();
        String uuid = structured(ok("list_past_webinar_instances", args("webinar_id", review))).get("webinars").get(0)
                .get("uuid").asText();
        record Lister(String tool, String items, Map<String, Object> args) {}
        for (Lister l : List.of(new Lister("get_users", "users", args()),
                new Lister("list_webinar_registrants", "registrants", args("webinar_id", cab, "status", "pending")),
                new Lister("list_webinar_participants", "participants", args("webinar_id", uuid)),
                new Lister("get_webinar_absentees", "registrants", args("webinar_uuid", uuid)),
                new Lister("list_webinars", "webinars", args("user_id", "me")))) {
            Map<String, Object> first = new HashMap<>(l.args());
            first.put("page_size", 300);
            int total = structured(ok(l.tool(), first)).get(l.items()).size();
            assertTrue(total >= 2, l.tool() + " has something to page through");
            Set<String> seen = new LinkedHashSet<>();
            String token = null;
            int pages = 0;
            do {
                Map<String, Object> a = new HashMap<>(l.args());
                a.put("page_size", 1);
                if (token != null) a.put("next_page_token", token);
                JsonNode page = structured(ok(l.tool(), a));
                assertTrue(page.has("next_page_token"), l.tool() + " returns next_page_token: " + page);
                page.path(l.items()).forEach(i -> seen.add(i.toString()));
                token = page.path("next_page_token").asText("");
                pages++;
            } while (!token.isEmpty() && pages < 50);
            assertEquals(total, pages, l.tool() + ": one item per page, no token after the last");
            assertEquals(total, seen.size(), l.tool() + ": every item once");
        }
    }

    @Test
    void confirmationsSayExactlyWhatWouldGoAndChangeNothing() throws Exception {
        long w = zoomEnv.simulator().state().addWebinar(zoomEnv.simulator().state().userIds().get(0), "Branding test",
                Instant.now().plus(6, ChronoUnit.DAYS), 30, 0);
        for (String name : List.of("Speaker", "Moderator")) {
            ok("create_webinar_branding_name_tag", args("webinar_id", w, "name", name, "text_color", "0E72ED",
                    "accent_color", "0E72ED", "background_color", "FFFFFF"));
        }
        int before = zoomEnv.simulator().counters().totalRequests();
        for (Map<String, Object> a : List.of(args("webinar_id", w), args("webinar_id", w, "name_tag_ids", " "))) {
            CallToolResult preview = call("delete_webinar_branding_name_tags", a);
            assertTrue(text(preview).contains("Confirmation needed"), text(preview));
            assertTrue(text(preview).contains("ALL"), "the person must know every name tag goes: " + text(preview));
        }
        CallToolResult vb = call("delete_webinar_virtual_backgrounds", args("webinar_id", w));
        assertTrue(text(vb).contains("ALL"), text(vb));
        CallToolResult one = call("delete_webinar_branding_name_tags", args("webinar_id", w, "name_tag_ids", "abc"));
        assertFalse(text(one).contains("ALL"), text(one));
        CallToolResult end = call("update_webinar_status", args("webinar_id", w, "action", "end"));
        assertTrue(text(end).contains("end webinar " + w) && text(end).contains("disconnected"), text(end));
        CallToolResult panelists = call("remove_all_panelists", args("webinar_id", w));
        assertTrue(text(panelists).contains("ALL panelists of webinar " + w), text(panelists));
        CallToolResult whole = call("delete_webinar", args("webinar_id", w));
        assertTrue(text(whole).contains("webinar " + w + " with all its occurrences"), text(whole));
        CallToolResult occurrence = call("delete_webinar", args("webinar_id", w, "occurrence_id", "1700000000000"));
        assertTrue(text(occurrence).contains("occurrence 1700000000000 of webinar " + w), text(occurrence));
        assertEquals(before, zoomEnv.simulator().counters().totalRequests(), "nothing reached Zoom");
        assertEquals(2, structured(ok("get_webinar_branding", args("webinar_id", w))).get("name_tags").size());
    }

    @Test
    void uploadsOnlyImageFilesToZoom() throws Exception {
        long launch = webinar("Product Launch Q&A");
        Path secret = Files.createTempFile("not-an-image", ".png");
        Files.writeString(secret, "root:$6$hash:19000:0:99999:7:::\n");
        int before = zoomEnv.simulator().counters().totalRequests();
        for (String tool : List.of("upload_webinar_wallpaper", "upload_webinar_virtual_background")) {
            CallToolResult r = call(tool, args("webinar_id", launch, "file_path", secret.toString()));
            assertTrue(r.isError(), tool + " refuses a file that is not an image: " + text(r));
            assertTrue(text(r).contains("PNG") && text(r).contains("file_path"), text(r));
        }
        assertEquals(before, zoomEnv.simulator().counters().totalRequests(), "the file never left the machine");
    }

    @Test
    void pastInstancesNeedTheNumericWebinarId() {
        McpSchema.Tool tool = client.listTools().tools().stream().filter(t -> t.name().equals("list_past_webinar_instances"))
                .findFirst().orElseThrow();
        Map<?, ?> id = (Map<?, ?>) ((Map<?, ?>) tool.inputSchema().get("properties")).get("webinar_id");
        assertFalse(String.valueOf(id.get("description")).contains("UUID from"), "Zoom takes only the numeric id: " + id);
        int before = zoomEnv.simulator().counters().requests("pastWebinars");
        CallToolResult r = call("list_past_webinar_instances", args("webinar_id", "4pWZBj0rRJ2XfH2yNn1UUg=="));
        assertTrue(r.isError());
        assertTrue(text(r).contains("webinar_id"), text(r));
        assertEquals(before, zoomEnv.simulator().counters().requests("pastWebinars"), "rejected before reaching Zoom");
        long review = zoom.users().all().flatMap(u -> zoom.webinars().list(u.id(), null, 300, null).items().stream())
                .filter(w -> w.topic().equals("Quarterly Roadmap Review")).map(Webinar::id).findFirst().orElseThrow();
        for (String report : List.of("list_webinar_qa", "list_past_webinar_poll_results", "list_webinar_participants")) {
            ok(report, args("webinar_id", review)); // the id as list_webinars returns it: a JSON number
        }
    }

    @Test
    void readsEveryResourceAndTemplate() throws Exception {
        List<McpSchema.Resource> resources = client.listResources().resources();
        assertEquals(Set.of("zoom://config", "zoom://token-status", "zoom://users", "zoom://env-status"),
                new TreeSet<>(resources.stream().map(McpSchema.Resource::uri).toList()));
        Map<String, JsonNode> read = new HashMap<>();
        for (McpSchema.Resource r : resources) {
            read.put(r.uri(), readJson(r.uri()));
        }
        String sim = dev.webinarops.core.sim.SimulatorOptions.defaults().clientSecret();
        for (JsonNode n : read.values()) assertFalse(n.toString().contains(sim), "no secret in resources");
        assertTrue(read.get("zoom://config").get("credentials_configured").asBoolean());
        assertEquals("set", read.get("zoom://env-status").get("ZOOM_CLIENT_SECRET").asText());
        assertEquals("not set", read.get("zoom://env-status").get("MCP_HTTP_TOKEN").asText());
        assertEquals(4, read.get("zoom://users").get("users").size());
        assertNotNull(read.get("zoom://token-status").get("state"));

        List<McpSchema.ResourceTemplate> templates = client.listResourceTemplates().resourceTemplates();
        assertEquals(Set.of("zoom://webinars/{webinarId}", "zoom://webinars/{webinarId}/registrants"),
                new TreeSet<>(templates.stream().map(McpSchema.ResourceTemplate::uriTemplate).toList()));
        long launch = webinar("Product Launch Q&A");
        assertEquals("Product Launch Q&A", readJson("zoom://webinars/" + launch).get("topic").asText());
        assertTrue(readJson("zoom://webinars/" + launch + "/registrants").get("registrants").size() >= 3);
    }

    private JsonNode readJson(String uri) throws Exception {
        McpSchema.ReadResourceResult result = client.readResource(new McpSchema.ReadResourceRequest(uri));
        return JSON.readTree(((McpSchema.TextResourceContents) result.contents().get(0)).text());
    }

    @Test
    void promptsDescribeWholeJobs() {
        List<String> names = client.listPrompts().prompts().stream().map(McpSchema.Prompt::name).toList();
        assertTrue(names.containsAll(List.of("schedule_webinar_with_panelists", "review_pending_registrants")));
        McpSchema.GetPromptResult review = client.getPrompt(new McpSchema.GetPromptRequest("review_pending_registrants",
                Map.of("webinar_id", "123")));
        String text = ((McpSchema.TextContent) review.messages().get(0).content()).text();
        assertTrue(text.contains("123") && text.contains("approve_all_pending_registrants"), text);
        for (String name : names) {
            var prompt = client.listPrompts().prompts().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
            Map<String, Object> a = new HashMap<>();
            prompt.arguments().forEach(arg -> a.put(arg.name(), "x"));
            assertFalse(client.getPrompt(new McpSchema.GetPromptRequest(name, a)).messages().isEmpty(), name);
        }
    }
}
