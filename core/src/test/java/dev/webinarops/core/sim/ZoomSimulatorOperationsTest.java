package dev.webinarops.core.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.webinarops.core.api.ZoomOperation;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every catalogue operation once against the seeded sandbox: right status, no validation errors. */
class ZoomSimulatorOperationsTest {
    static ZoomSimulator sim;
    static SimClient c;

    @BeforeAll
    static void start() throws Exception {
        sim = ZoomSimulator.start(SimulatorOptions.defaults().withSeedSandbox(true));
        c = new SimClient(sim).login();
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    private JsonNode expect(int status, String method, String path, Object body) throws Exception {
        HttpResponse<String> r = c.call(method, path, body);
        assertEquals(status, r.statusCode(), method + " " + path + " -> " + r.body());
        return r.body().isEmpty() ? null : SimClient.json(r);
    }

    @Test
    void sandboxIsSeeded() throws Exception {
        JsonNode users = expect(200, "GET", "/users?page_size=2", null);
        assertEquals(4, users.get("total_records").asInt());
        assertFalse(users.get("next_page_token").asText().isEmpty());
        JsonNode more = expect(200, "GET", "/users?page_size=2&next_page_token=" + users.get("next_page_token").asText(), null);
        assertEquals(2, more.get("users").size());
        assertEquals("", more.get("next_page_token").asText());
        JsonNode me = expect(200, "GET", "/users/me", null);
        assertEquals("host@sandbox.example", me.get("email").asText());
        assertEquals(me.get("id").asText(), expect(200, "GET", "/users/host@sandbox.example", null).get("id").asText());
        expect(404, "GET", "/users/nobody@sandbox.example", null);

        JsonNode list = expect(200, "GET", "/users/cohost@sandbox.example/webinars", null);
        JsonNode series = null;
        for (JsonNode w : list.get("webinars")) {
            if (w.get("type").asInt() == 9) series = w;
        }
        JsonNode full = expect(200, "GET", "/webinars/" + series.get("id").asLong(), null);
        assertEquals(8, full.get("occurrences").size());
        // by UUID too
        expect(200, "GET", "/webinars/" + URLEncoder.encode(full.get("uuid").asText(), StandardCharsets.UTF_8), null);
        assertTrue(sim.validationErrors().isEmpty(), sim.validationErrors().toString());
        assertTrue(sim.responseValidationErrors().isEmpty(), String.join("\n", sim.responseValidationErrors()));
    }

    @Test
    void everyOperationWorks() throws Exception {
        String me = expect(200, "GET", "/users/me", null).get("id").asText();
        // create: recurring monthly webinar with manual approval
        JsonNode created = expect(201, "POST", "/users/me/webinars", Map.of(
                "topic", "Smoke", "type", 9, "start_time", "2030-01-07T10:00:00Z", "duration", 30, "timezone", "UTC",
                "recurrence", Map.of("type", 3, "monthly_week", 1, "monthly_week_day", 2, "end_times", 3),
                "settings", Map.of("approval_type", 1)));
        long id = created.get("id").asLong();
        assertEquals(3, created.get("occurrences").size());
        assertEquals("2030-01-07T10:00:00Z", created.get("occurrences").get(0).get("start_time").asText());
        assertEquals("2030-02-04T10:00:00Z", created.get("occurrences").get(1).get("start_time").asText());
        assertTrue(created.path("registration_url").isMissingNode(), "Zoom's spec has no registration_url");
        assertEquals(me, created.get("host_id").asText());
        String w = "/webinars/" + id;

        expect(200, "GET", "/users/me/webinars?page_size=10&page_number=1", null);
        expect(200, "GET", w, null);
        String occ = created.get("occurrences").get(2).get("occurrence_id").asText();
        expect(204, "PATCH", w + "?occurrence_id=" + occ, Map.of("duration", 45));
        expect(204, "PATCH", w, Map.of("agenda", "Updated"));

        // templates
        expect(201, "POST", "/users/me/webinar_templates", Map.of("webinar_id", id, "name", "Tpl"));
        assertEquals(1, expect(200, "GET", "/users/me/webinar_templates", null).get("total_records").asInt());

        // registrants & questions
        String rid = expect(201, "POST", w + "/registrants", Map.of("email", "r@example.com", "first_name", "R")).get("registrant_id").asText();
        expect(200, "GET", w + "/registrants/" + rid, null);
        expect(200, "GET", w + "/registrants?status=pending&page_size=300", null);
        expect(204, "PUT", w + "/registrants/status", Map.of("action", "approve", "registrants", List.of(Map.of("id", rid))));
        expect(200, "GET", w + "/registrants/questions", null);
        expect(204, "PATCH", w + "/registrants/questions", Map.of("questions", List.of(Map.of("field_name", "city", "required", true))));
        JsonNode batch = expect(200, "POST", w + "/batch_registrants", Map.of("auto_approve", true,
                "registrants", List.of(Map.of("email", "b1@example.com", "first_name", "B1"), Map.of("email", "b2@example.com", "first_name", "B2"))));
        assertEquals(2, batch.get("registrants").size());
        assertEquals(3, sim.state().countRegistrants(id, "approved"));
        expect(204, "DELETE", w + "/registrants/" + rid, null);

        // panelists
        expect(201, "POST", w + "/panelists", Map.of("panelists", List.of(Map.of("email", "p@example.com", "name", "P"), Map.of("email", "q@example.com", "name", "Q"))));
        JsonNode panelists = expect(200, "GET", w + "/panelists", null);
        assertEquals(2, panelists.get("total_records").asInt());
        expect(204, "DELETE", w + "/panelists/" + panelists.get("panelists").get(0).get("id").asText(), null);
        expect(204, "DELETE", w + "/panelists", null);

        // polls
        String pollId = expect(201, "POST", w + "/polls", Map.of("title", "Poll", "questions", List.of(
                Map.of("name", "Q1", "type", "single", "answers", List.of("a", "b"))))).get("id").asText();
        expect(200, "GET", w + "/polls", null);
        expect(200, "GET", w + "/polls/" + pollId, null);
        expect(204, "PUT", w + "/polls/" + pollId, Map.of("title", "Poll 2"));
        assertEquals("Poll 2", expect(200, "GET", w + "/polls/" + pollId, null).get("title").asText());
        expect(204, "DELETE", w + "/polls/" + pollId, null);
        expect(404, "GET", w + "/polls/" + pollId, null);

        // survey
        expect(200, "GET", w + "/survey", null);
        expect(204, "PATCH", w + "/survey", Map.of("show_in_the_browser", false, "third_party_survey", "https://example.com/s"));
        assertEquals("https://example.com/s", expect(200, "GET", w + "/survey", null).get("third_party_survey").asText());
        expect(204, "DELETE", w + "/survey", null);

        // branding
        String tag = expect(201, "POST", w + "/branding/name_tags", Map.of("name", "Staff", "text_color", "FFFFFF",
                "accent_color", "0E72ED", "background_color", "000000", "is_default", true)).get("id").asText();
        expect(204, "PATCH", w + "/branding/name_tags/" + tag, Map.of("name", "Team"));
        String vb = SimClient.json(c.multipart(w + "/branding/virtual_backgrounds", "file", new byte[] {9, 9})).get("id").asText();
        expect(204, "PATCH", w + "/branding/virtual_backgrounds?id=" + vb, null);
        assertEquals(201, c.multipart(w + "/branding/wallpaper", "file", new byte[] {7}).statusCode());
        JsonNode branding = expect(200, "GET", w + "/branding", null);
        assertEquals("Team", branding.get("name_tags").get(0).get("name").asText());
        assertTrue(branding.get("virtual_backgrounds").get(0).get("is_default").asBoolean());
        expect(204, "DELETE", w + "/branding/name_tags?name_tag_ids=" + tag, null);
        expect(204, "DELETE", w + "/branding/virtual_backgrounds?ids=" + vb, null);
        expect(204, "DELETE", w + "/branding/wallpaper", null);

        // links, tokens, livestream, tracking
        assertEquals(2, expect(201, "POST", w + "/invite_links", Map.of("attendees", List.of(Map.of("name", "A"), Map.of("name", "B")), "ttl", 7200))
                .get("attendees").size());
        assertEquals(120, expect(200, "GET", w + "/jointoken/live_streaming", null).get("expire_in").asInt());
        expect(200, "GET", w + "/jointoken/local_archiving", null);
        expect(200, "GET", w + "/jointoken/local_recording", null);
        expect(200, "GET", w + "/token?type=closed_caption_token", null);
        expect(204, "PATCH", w + "/livestream", Map.of("stream_url", "rtmp://live.example/app", "stream_key", "k", "page_url", "https://example.com/live"));
        assertEquals("k", expect(200, "GET", w + "/livestream", null).get("stream_key").asText());
        expect(204, "PATCH", w + "/livestream/status", Map.of("action", "start", "settings", Map.of("display_name", "Live")));
        assertEquals(2, expect(200, "GET", w + "/tracking_sources", null).get("total_records").asInt());

        // chat
        String msg = sim.state().addChatMessage(id);
        expect(204, "DELETE", "/live_webinars/" + id + "/chat/messages/" + msg, null);
        expect(404, "DELETE", "/live_webinars/" + id + "/chat/messages/" + msg, null);

        // end it, then the reports
        String uuid = created.get("uuid").asText();
        expect(204, "PUT", w + "/status", Map.of("action", "end"));
        JsonNode instances = expect(200, "GET", "/past_webinars/" + id + "/instances", null);
        assertEquals(uuid, instances.get("webinars").get(0).get("uuid").asText());
        String enc = URLEncoder.encode(uuid.startsWith("/") || uuid.contains("//")
                ? URLEncoder.encode(uuid, StandardCharsets.UTF_8) : uuid, StandardCharsets.UTF_8);
        expect(200, "GET", "/past_webinars/" + enc + "/participants?page_size=10", null);
        expect(200, "GET", "/past_webinars/" + enc + "/polls", null);
        expect(200, "GET", "/past_webinars/" + enc + "/qa", null);
        JsonNode absentees = expect(200, "GET", "/past_webinars/" + enc + "/absentees?page_size=10", null);
        assertEquals(2, absentees.get("total_records").asInt(), absentees.toString());

        expect(204, "DELETE", w + "?occurrence_id=" + occ, null);
        expect(204, "DELETE", w, null);
        expect(404, "GET", w, null);
        assertFalse(sim.state().webinarExists(id));

        assertTrue(sim.validationErrors().isEmpty(), sim.validationErrors().toString());
        assertTrue(sim.responseValidationErrors().isEmpty(), String.join("\n", sim.responseValidationErrors()));
        for (ZoomOperation op : ZoomOperation.values()) {
            assertTrue(sim.counters().requests(op.operationId()) > 0, "not exercised: " + op.operationId());
        }
    }

    @Test
    void seededPastWebinarReports() throws Exception {
        long review = -1;
        long security = -1;
        for (long id : sim.state().webinarIds()) {
            String topic = sim.state().webinarJson(id).get("topic").asText();
            if (topic.equals("Quarterly Roadmap Review")) review = id;
            if (topic.equals("Security Best Practices")) security = id;
        }
        JsonNode qa = expect(200, "GET", "/past_webinars/" + review + "/qa", null);
        assertEquals(2, qa.get("questions").size());
        JsonNode abs = expect(200, "GET", "/past_webinars/" + review + "/absentees", null);
        assertEquals(2, abs.get("total_records").asInt());
        assertEquals(2, expect(200, "GET", "/past_webinars/" + security + "/instances", null).get("webinars").size());
        String slash = sim.state().pastInstanceUuids(security).get(1);
        assertTrue(slash.startsWith("/"));
        String twice = URLEncoder.encode(URLEncoder.encode(slash, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        assertEquals(1, expect(200, "GET", "/past_webinars/" + twice + "/participants", null).get("total_records").asInt());
    }
}
