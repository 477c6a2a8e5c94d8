package dev.webinarops.core.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.webinarops.core.api.RateLimitLabel;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ZoomSimulatorCoreTest {
    static ZoomSimulator sim;
    static SimClient client;
    static String hostId;

    @BeforeAll
    static void start() throws Exception {
        sim = ZoomSimulator.start(SimulatorOptions.defaults());
        hostId = sim.state().addUser("host@example.com", "Hana", "Host");
        client = new SimClient(sim).login();
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    @BeforeEach
    void clean() {
        sim.faults().clear();
        sim.resetCounters();
    }

    private long webinar(int approvalType) {
        return sim.state().addWebinar(hostId, "Test", Instant.now().plus(2, ChronoUnit.DAYS), 60, approvalType);
    }

    @Test
    void tokenMintIsCountedAndBadCredentialsAreRejected() throws Exception {
        SimClient c = new SimClient(sim);
        HttpResponse<String> ok = c.mint("sim-client-id", "sim-client-secret", "grant_type=account_credentials&account_id=sim-account");
        assertEquals(200, ok.statusCode());
        JsonNode body = SimClient.json(ok);
        assertTrue(body.get("access_token").asText().startsWith("sim_"));
        assertEquals("bearer", body.get("token_type").asText());
        assertEquals(3600, body.get("expires_in").asInt());
        assertEquals(1, sim.counters().tokenMints());

        HttpResponse<String> badSecret = c.mint("sim-client-id", "nope", "grant_type=account_credentials&account_id=sim-account");
        assertEquals(400, badSecret.statusCode());
        assertEquals("invalid_client", SimClient.json(badSecret).get("error").asText());
        HttpResponse<String> badAccount = c.mint("sim-client-id", "sim-client-secret", "grant_type=account_credentials&account_id=other");
        assertEquals(400, badAccount.statusCode());
        assertEquals("Invalid account_id", SimClient.json(badAccount).get("reason").asText());
        assertEquals(1, sim.counters().tokenMints());

        // no token / unknown token
        HttpResponse<String> anon = c.call("GET", "/users/me", null);
        assertEquals(401, anon.statusCode());
        assertEquals(124, SimClient.json(anon).get("code").asInt());
        c.token = body.get("access_token").asText();
        assertEquals(200, c.call("GET", "/users/me", null).statusCode());
        assertEquals(2, sim.counters().requests("user"));
    }

    @Test
    void validRequestPassesAndInvalidOnesAreRejectedAndRecorded() throws Exception {
        long id = webinar(1);
        int before = sim.validationErrors().size();
        assertEquals(204, client.call("PATCH", "/webinars/" + id, Map.of("topic", "Renamed", "settings", Map.of("audio", "voip"))).statusCode());
        JsonNode w = sim.state().webinarJson(id);
        assertEquals("Renamed", w.get("topic").asText());
        assertEquals("voip", w.get("settings").get("audio").asText());
        assertEquals(1, w.get("settings").get("approval_type").asInt(), "settings are deep-merged");
        assertEquals(before, sim.validationErrors().size());

        HttpResponse<String> nonNumeric = client.call("PATCH", "/webinars/abc", Map.of("topic", "x"));
        assertEquals(400, nonNumeric.statusCode());
        assertEquals(300, SimClient.json(nonNumeric).get("code").asInt());

        HttpResponse<String> badEnum = client.call("PUT", "/webinars/" + id + "/registrants/status",
                Map.of("action", "bogus", "registrants", List.of(Map.of("id", "x"))));
        assertEquals(400, badEnum.statusCode());
        assertEquals(300, SimClient.json(badEnum).get("code").asInt());

        List<String> errors = sim.validationErrors();
        assertEquals(before + 2, errors.size());
        assertEquals(400, client.call("GET", "/webinars/" + id + "/registrants?page_size=500", null).statusCode());
        assertEquals(400, client.call("POST", "/users/me/webinars", Map.of("topic", "T", "type", 7)).statusCode());
        assertEquals(400, client.call("POST", "/webinars/" + id + "/registrants", Map.of("first_name", "NoEmail")).statusCode());
        assertEquals(before + 5, sim.validationErrors().size());
        assertTrue(errors.get(before).startsWith("PATCH /v2/webinars/abc: "), errors.get(before));
        assertTrue(errors.get(before + 1).contains("bogus"), errors.get(before + 1));

        // GET /webinars/{webinarId} is string-typed: a non-numeric id is valid but unknown
        HttpResponse<String> unknown = client.call("GET", "/webinars/notawebinar", null);
        assertEquals(404, unknown.statusCode());
        assertEquals(3001, SimClient.json(unknown).get("code").asInt());
        assertEquals(404, client.call("GET", "/nothing/here", null).statusCode());
    }

    @Test
    void anAnswerThatBreaksTheResponseSchemaIsRecorded() throws Exception {
        String id = sim.state().addUser("drift@example.com", "Drift", "Er");
        int before = sim.responseValidationErrors().size();
        assertEquals(200, client.call("GET", "/users/" + id, null).statusCode());
        assertEquals(before, sim.responseValidationErrors().size(), "a seeded user conforms");
        synchronized (sim.state().lock) {
            sim.state().users.get(id).put("favourite_colour", "teal"); // a field Zoom's user schema does not have
        }
        assertEquals(200, client.call("GET", "/users/" + id, null).statusCode());
        List<String> errors = sim.responseValidationErrors();
        assertEquals(before + 1, errors.size());
        assertTrue(errors.get(before).contains("favourite_colour"), errors.get(before));
        synchronized (sim.state().lock) {
            sim.state().users.get(id).remove("favourite_colour");
        }
    }

    @Test
    void multipartUploadNeedsAFilePart() throws Exception {
        long id = webinar(2);
        HttpResponse<String> ok = client.multipart("/webinars/" + id + "/branding/virtual_backgrounds", "file", new byte[] {1, 2, 3});
        assertEquals(201, ok.statusCode(), ok.body());
        assertEquals(3, SimClient.json(ok).get("size").asInt());
        HttpResponse<String> missing = client.multipart("/webinars/" + id + "/branding/wallpaper", "notfile", new byte[] {1});
        assertEquals(400, missing.statusCode(), missing.body());
        JsonNode branding = SimClient.json(client.call("GET", "/webinars/" + id + "/branding", null));
        assertEquals(1, branding.get("virtual_backgrounds").size());
    }

    @Test
    void registrantsPageWithNextPageTokenAndDefaultToApproved() throws Exception {
        long id = webinar(1);
        sim.state().addPendingRegistrants(id, 75);
        JsonNode approved = SimClient.json(client.call("GET", "/webinars/" + id + "/registrants", null));
        assertEquals(0, approved.get("total_records").asInt(), "status defaults to approved");

        Set<String> seen = new HashSet<>();
        String token = "";
        int pages = 0;
        do {
            String q = "?status=pending&page_size=30" + (token.isEmpty() ? "" : "&next_page_token=" + token);
            HttpResponse<String> r = client.call("GET", "/webinars/" + id + "/registrants" + q, null);
            assertEquals(200, r.statusCode(), r.body());
            JsonNode page = SimClient.json(r);
            assertEquals(75, page.get("total_records").asInt());
            page.get("registrants").forEach(x -> seen.add(x.get("id").asText()));
            token = page.get("next_page_token").asText();
            pages++;
        } while (!token.isEmpty());
        assertEquals(3, pages);
        assertEquals(75, seen.size());

        HttpResponse<String> bad = client.call("GET", "/webinars/" + id + "/registrants?status=pending&next_page_token=garbage", null);
        assertEquals(400, bad.statusCode());
    }

    @Test
    void registrantStatusActionsChangeState() throws Exception {
        long id = webinar(1);
        String a = sim.state().addRegistrant(id, "a@example.com", "A", "A", "pending");
        String b = sim.state().addRegistrant(id, "b@example.com", "B", "B", "pending");
        assertEquals(204, client.call("PUT", "/webinars/" + id + "/registrants/status",
                Map.of("action", "approve", "registrants", List.of(Map.of("id", a)))).statusCode());
        assertEquals(204, client.call("PUT", "/webinars/" + id + "/registrants/status",
                Map.of("action", "deny", "registrants", List.of(Map.of("email", "b@example.com")))).statusCode());
        assertEquals("approved", sim.state().registrantStatus(id, a));
        assertEquals("denied", sim.state().registrantStatus(id, b));

        List<Map<String, String>> many = new ArrayList<>();
        for (int i = 0; i < 31; i++) many.add(Map.of("email", "x" + i + "@example.com"));
        assertEquals(400, client.call("PUT", "/webinars/" + id + "/registrants/status",
                Map.of("action", "approve", "registrants", many)).statusCode());

        // manual approval: a new registrant is pending; the same email again returns the same id
        HttpResponse<String> created = client.call("POST", "/webinars/" + id + "/registrants",
                Map.of("email", "new@example.com", "first_name", "New"));
        assertEquals(201, created.statusCode(), created.body());
        String rid = SimClient.json(created).get("registrant_id").asText();
        assertEquals("pending", sim.state().registrantStatus(id, rid));
        HttpResponse<String> again = client.call("POST", "/webinars/" + id + "/registrants",
                Map.of("email", "new@example.com", "first_name", "New"));
        assertEquals(rid, SimClient.json(again).get("registrant_id").asText());
        assertEquals(204, client.call("DELETE", "/webinars/" + id + "/registrants/" + rid, null).statusCode());
        assertNull(sim.state().registrantStatus(id, rid));
        HttpResponse<String> gone = client.call("GET", "/webinars/" + id + "/registrants/" + rid, null);
        assertEquals(3027, SimClient.json(gone).get("code").asInt());
    }

    @Test
    void doubleEncodedUuidReachesThePastInstance() throws Exception {
        long id = webinar(0);
        String uuid = "/ab//cd+ef==";
        sim.state().addPastWebinarInstance(id, uuid, Instant.now().minus(1, ChronoUnit.DAYS));
        sim.state().addParticipant(uuid, "Pat", "pat@example.com");
        String twice = URLEncoder.encode(URLEncoder.encode(uuid, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        HttpResponse<String> r = client.call("GET", "/past_webinars/" + twice + "/participants", null);
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("Pat", SimClient.json(r).get("participants").get(0).get("name").asText());
        HttpResponse<String> qa = client.call("GET", "/past_webinars/" + twice + "/qa", null);
        assertEquals(uuid, SimClient.json(qa).get("uuid").asText());

        String once = URLEncoder.encode(uuid, StandardCharsets.UTF_8);
        assertEquals(404, client.call("GET", "/past_webinars/" + once + "/participants", null).statusCode());
        // a numeric id means the latest instance
        assertEquals(200, client.call("GET", "/past_webinars/" + id + "/participants", null).statusCode());
    }

    @Test
    void faultsAreAppliedInOrder() throws Exception {
        long id = webinar(0);
        sim.faults().enqueue("webinar", new Fault.Status(503, 503, "Service unavailable"));
        sim.faults().enqueue("*", new Fault.ExpiredToken());
        sim.faults().enqueue("webinar", new Fault.ConnectionReset());
        HttpResponse<String> r = client.call("GET", "/webinars/" + id, null);
        assertEquals(503, r.statusCode());
        assertEquals(503, SimClient.json(r).get("code").asInt());
        assertThrows(IOException.class, () -> client.call("GET", "/webinars/" + id, null));
        HttpResponse<String> expired = client.call("GET", "/webinars/" + id, null);
        assertEquals(401, expired.statusCode());
        assertEquals(124, SimClient.json(expired).get("code").asInt());
        assertEquals(200, client.call("GET", "/webinars/" + id, null).statusCode());
        assertEquals(4, sim.counters().requests("webinar"));

        sim.faults().enqueue("webinarRegistrantCreate", new Fault.AfterProcessing(504));
        HttpResponse<String> lost = client.call("POST", "/webinars/" + id + "/registrants",
                Map.of("email", "late@example.com", "first_name", "Late"));
        assertEquals(504, lost.statusCode());
        assertEquals(1, sim.state().countRegistrants(id, "approved"), "the work was done before the timeout");

        sim.faults().enqueue("*", new Fault.RetryAfter429(7, true));
        HttpResponse<String> daily = client.call("GET", "/users/me", null);
        assertEquals(429, daily.statusCode());
        assertEquals("7", daily.headers().firstValue("Retry-After").orElseThrow());
        assertEquals("Daily-limit", daily.headers().firstValue("X-RateLimit-Type").orElseThrow());
        assertEquals(1, sim.counters().rateLimited());

        sim.faults().enqueue("*", new Fault.Delay(Duration.ofMillis(200)));
        long t0 = System.nanoTime();
        assertEquals(200, client.call("GET", "/users/me", null).statusCode());
        assertTrue(System.nanoTime() - t0 >= 190_000_000L);
    }

    @Test
    void unlicensedAccountAndRevokedScopes() throws Exception {
        try {
            sim.state().setLicensed(false);
            HttpResponse<String> r = client.call("POST", "/users/me/webinars", Map.of("topic", "X", "type", 5));
            assertEquals(400, r.statusCode());
            assertEquals(200, SimClient.json(r).get("code").asInt());
            sim.state().setLicensed(true);
            sim.state().revokeScopes(true);
            HttpResponse<String> s = client.call("GET", "/users/me/webinars", null);
            assertEquals(400, s.statusCode());
            assertEquals(4711, SimClient.json(s).get("code").asInt());
            assertTrue(SimClient.json(s).get("message").asText().contains("webinar:read:admin"));
        } finally {
            sim.state().setLicensed(true);
            sim.state().revokeScopes(false);
        }
    }

    @Test
    void rateLimitAnswers429WithZoomHeaders() throws Exception {
        try (ZoomSimulator limited = ZoomSimulator.start(SimulatorOptions.defaults()
                .withLimits(Map.of(RateLimitLabel.LIGHT, 2, RateLimitLabel.MEDIUM, 50)))) {
            limited.state().addUser("h@example.com", "H", "H");
            SimClient c = new SimClient(limited).login();
            List<HttpResponse<String>> rs = new ArrayList<>();
            for (int i = 0; i < 5; i++) rs.add(c.call("GET", "/users/me", null)); // LIGHT
            HttpResponse<String> first = rs.get(0);
            assertEquals(200, first.statusCode());
            assertEquals("Light", first.headers().firstValue("X-RateLimit-Category").orElseThrow());
            assertEquals("2", first.headers().firstValue("X-RateLimit-Limit").orElseThrow());
            HttpResponse<String> limitedResponse = rs.stream().filter(r -> r.statusCode() == 429).findFirst().orElseThrow();
            assertEquals("1", limitedResponse.headers().firstValue("Retry-After").orElseThrow());
            assertEquals("QPS", limitedResponse.headers().firstValue("X-RateLimit-Type").orElseThrow());
            assertEquals("0", limitedResponse.headers().firstValue("X-RateLimit-Remaining").orElseThrow());
            assertEquals(429, SimClient.json(limitedResponse).get("code").asInt());
            assertTrue(limited.counters().rateLimited() >= 1);
            assertEquals(5, limited.counters().requests("user"));
            // MEDIUM has its own bucket
            assertEquals(200, c.call("GET", "/users", null).statusCode());
            Thread.sleep(1100);
            assertEquals(200, c.call("GET", "/users/me", null).statusCode());
        }
    }

    @Test
    void latencyIsAddedToApiCalls() throws Exception {
        try (ZoomSimulator slow = ZoomSimulator.start(SimulatorOptions.defaults().withLatency(Duration.ofMillis(150)))) {
            slow.state().addUser("h@example.com", "H", "H");
            SimClient c = new SimClient(slow).login();
            long t0 = System.nanoTime();
            assertEquals(200, c.call("GET", "/users/me", null).statusCode());
            assertTrue(System.nanoTime() - t0 >= 140_000_000L);
        }
    }

    @Test
    void expiredTokensAreRejected() throws Exception {
        try (ZoomSimulator shortLived = ZoomSimulator.start(SimulatorOptions.defaults().withTokenTtlSeconds(1))) {
            shortLived.state().addUser("h@example.com", "H", "H");
            SimClient c = new SimClient(shortLived).login();
            assertEquals(200, c.call("GET", "/users/me", null).statusCode());
            Thread.sleep(1100);
            assertEquals(401, c.call("GET", "/users/me", null).statusCode());
            assertNotNull(c.login().token);
            assertEquals(200, c.call("GET", "/users/me", null).statusCode());
            assertEquals(2, shortLived.counters().tokenMints());
        }
    }
}
