package dev.webinarops.core.sim;

import static dev.webinarops.core.sim.SimulatorState.NODES;
import static dev.webinarops.core.sim.SimulatorState.iso;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.webinarops.core.api.ZoomOperation;
import dev.webinarops.core.sim.SimulatorState.PastInstance;
import dev.webinarops.core.sim.SimulatorState.Webinar;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The stateful behaviour of the 54 operations. Called with a request that already passed auth, rate
 * limiting and spec validation; runs under the state lock.
 *
 * <p>Choices where Zoom is ambiguous or undocumented:
 * <ul>
 *   <li>Registrant status actions: {@code approve} pending/denied → approved; {@code deny} pending →
 *       denied; {@code cancel} approved/pending → denied (the API has no "cancelled" status; Zoom
 *       lists cancelled registrations as denied). Other combinations are no-ops; unknown registrant
 *       ids/emails are ignored. At most 30 registrants per call (more = 400 code 300); none = 400.</li>
 *   <li>Registering an email that is already registered returns the existing registration (201, same id).</li>
 *   <li>Registration on a webinar with approval_type 2 (no registration) = 400 code 3038.</li>
 *   <li>Survey GET on a webinar without survey returns an empty default survey.</li>
 *   <li>Past-webinar reports given a numeric id use the latest ended instance; webinarId ending
 *       (PUT status end) records a past instance whose absentees are the approved registrants.</li>
 *   <li>Deleting a webinar keeps its past instances (reports survive, as in Zoom).</li>
 *   <li>Delete name tags / virtual backgrounds without ids deletes all of them.</li>
 * </ul>
 */
final class ZoomApi {
    record Reply(int status, JsonNode body) {
        static Reply noContent() {
            return new Reply(204, null);
        }

        static Reply ok(JsonNode body) {
            return new Reply(200, body);
        }

        static Reply created(JsonNode body) {
            return new Reply(201, body);
        }
    }

    static final int MAX_STATUS_REGISTRANTS = 30;
    static final int MAX_BATCH_REGISTRANTS = 30;
    static final int MAX_PANELISTS = 200;

    private final SimulatorState s;

    ZoomApi(SimulatorState state) {
        this.s = state;
    }

    Reply handle(ZoomOperation op, Map<String, String> p, Map<String, List<String>> q, JsonNode body,
            Map<String, Multipart.Part> parts) {
        JsonNode b = body == null ? NODES.objectNode() : body;
        synchronized (s.lock) {
            return switch (op) {
                case USERS -> listUsers(q);
                case USER -> Reply.ok(s.requireUser(p.get("userId")).deepCopy());
                case LIST_WEBINAR_TEMPLATES -> listTemplates(p.get("userId"));
                case WEBINAR_TEMPLATE_CREATE -> createTemplate(p.get("userId"), b);
                case WEBINARS -> listWebinars(p.get("userId"), q);
                case WEBINAR_CREATE -> createWebinar(p.get("userId"), b);
                case WEBINAR -> getWebinar(p.get("webinarId"), q);
                case WEBINAR_UPDATE -> updateWebinar(webinar(p), q, b);
                case WEBINAR_DELETE -> deleteWebinar(webinar(p), q);
                case WEBINAR_STATUS -> endWebinar(webinar(p));
                case WEBINAR_REGISTRANTS -> listRegistrants(webinar(p), q);
                case WEBINAR_REGISTRANT_CREATE -> createRegistrant(webinar(p), b);
                case WEBINAR_REGISTRANT_GET -> Reply.ok(registrant(webinar(p), p.get("registrantId")).deepCopy());
                case DELETE_WEBINAR_REGISTRANT -> {
                    Webinar w = webinar(p);
                    registrant(w, p.get("registrantId"));
                    w.registrants.remove(p.get("registrantId"));
                    yield Reply.noContent();
                }
                case WEBINAR_REGISTRANT_STATUS -> registrantStatus(webinar(p), b);
                case WEBINAR_REGISTRANTS_QUESTIONS_GET -> Reply.ok(webinar(p).questions.deepCopy());
                case WEBINAR_REGISTRANT_QUESTION_UPDATE -> {
                    Webinar w = webinar(p);
                    if (b.has("questions")) w.questions.set("questions", b.get("questions").deepCopy());
                    if (b.has("custom_questions")) w.questions.set("custom_questions", b.get("custom_questions").deepCopy());
                    yield Reply.noContent();
                }
                case ADD_BATCH_WEBINAR_REGISTRANTS -> batchRegistrants(webinar(p), b);
                case WEBINAR_PANELISTS -> listPanelists(webinar(p));
                case WEBINAR_PANELIST_CREATE -> addPanelists(webinar(p), b);
                case WEBINAR_PANELIST_DELETE -> {
                    Webinar w = webinar(p);
                    if (w.panelists.remove(p.get("panelistId")) == null) {
                        throw ZoomError.notFound(3079, "Panelist not found: " + p.get("panelistId") + ".");
                    }
                    yield Reply.noContent();
                }
                case WEBINAR_PANELISTS_DELETE -> {
                    webinar(p).panelists.clear();
                    yield Reply.noContent();
                }
                case WEBINAR_POLLS -> listPolls(webinar(p), q);
                case WEBINAR_POLL_CREATE -> createPoll(webinar(p), b);
                case WEBINAR_POLL_GET -> Reply.ok(poll(webinar(p), p.get("pollId")).deepCopy());
                case WEBINAR_POLL_UPDATE -> {
                    ObjectNode poll = poll(webinar(p), p.get("pollId"));
                    b.fields().forEachRemaining(e -> poll.set(e.getKey(), e.getValue().deepCopy()));
                    yield Reply.noContent();
                }
                case WEBINAR_POLL_DELETE -> {
                    Webinar w = webinar(p);
                    poll(w, p.get("pollId"));
                    w.polls.remove(p.get("pollId"));
                    yield Reply.noContent();
                }
                case WEBINAR_SURVEY_GET -> Reply.ok(survey(webinar(p)).deepCopy());
                case WEBINAR_SURVEY_UPDATE -> {
                    Webinar w = webinar(p);
                    ObjectNode sv = survey(w);
                    SimulatorState.deepMerge(sv, (ObjectNode) b);
                    w.survey = sv;
                    yield Reply.noContent();
                }
                case WEBINAR_SURVEY_DELETE -> {
                    webinar(p).survey = null;
                    yield Reply.noContent();
                }
                case GET_WEBINAR_BRANDING -> branding(webinar(p));
                case CREATE_WEBINAR_BRANDING_NAME_TAG -> createNameTag(webinar(p), b);
                case UPDATE_WEBINAR_BRANDING_NAME_TAG -> {
                    Webinar w = webinar(p);
                    ObjectNode tag = w.nameTags.get(p.get("nameTagId"));
                    if (tag == null) throw ZoomError.notFound(3001, "Name tag not found: " + p.get("nameTagId") + ".");
                    b.fields().forEachRemaining(e -> {
                        if (!e.getKey().equals("set_default_for_all_panelists")) tag.set(e.getKey(), e.getValue().deepCopy());
                    });
                    if (tag.path("is_default").asBoolean()) makeDefault(w.nameTags, tag.get("id").asText());
                    yield Reply.noContent();
                }
                case DELETE_WEBINAR_BRANDING_NAME_TAG -> {
                    deleteIds(webinar(p).nameTags, first(q, "name_tag_ids"));
                    yield Reply.noContent();
                }
                case UPLOAD_WEBINAR_BRANDING_VB -> uploadVb(webinar(p), parts);
                case SET_WEBINAR_BRANDING_VB -> {
                    Webinar w = webinar(p);
                    String id = first(q, "id");
                    if (id == null || !w.virtualBackgrounds.containsKey(id)) {
                        throw ZoomError.notFound(3001, "Virtual background file not found: " + id + ".");
                    }
                    makeDefault(w.virtualBackgrounds, id);
                    yield Reply.noContent();
                }
                case DELETE_WEBINAR_BRANDING_VB -> {
                    deleteIds(webinar(p).virtualBackgrounds, first(q, "ids"));
                    yield Reply.noContent();
                }
                case UPLOAD_WEBINAR_BRANDING_WALLPAPER -> {
                    Webinar w = webinar(p);
                    Multipart.Part file = parts.get("file");
                    ObjectNode wp = NODES.objectNode();
                    wp.put("id", s.randomId(22));
                    wp.put("name", file.filename() == null ? "wallpaper" : file.filename());
                    wp.put("size", file.data().length);
                    wp.put("type", "image");
                    w.wallpaper = wp;
                    yield Reply.created(wp.deepCopy());
                }
                case DELETE_WEBINAR_BRANDING_WALLPAPER -> {
                    webinar(p).wallpaper = null;
                    yield Reply.noContent();
                }
                case WEBINAR_INVITE_LINKS_CREATE -> inviteLinks(webinar(p), b);
                case WEBINAR_LIVE_STREAMING_JOIN_TOKEN, WEBINAR_LOCAL_ARCHIVING_ARCHIVE_TOKEN,
                        WEBINAR_LOCAL_RECORDING_JOIN_TOKEN -> {
                    webinar(p);
                    ObjectNode t = NODES.objectNode();
                    t.put("expire_in", 120);
                    t.put("token", s.randomId(64));
                    yield Reply.ok(t);
                }
                case WEBINAR_TOKEN -> {
                    Webinar w = webinar(p);
                    String type = first(q, "type");
                    ObjectNode t = NODES.objectNode();
                    if ("closed_caption_token".equals(type)) {
                        t.put("token", "https://wmcc.zoom.us/closedcaption?id=" + w.id + "&ns=" + s.randomId(20) + "&expire=86400&sparams=id%2Cns%2Cexpire&signature=" + s.randomId(43));
                    } else {
                        t.put("token", s.randomId(64));
                    }
                    yield Reply.ok(t);
                }
                case GET_WEBINAR_LIVE_STREAM_DETAILS -> {
                    ObjectNode ls = NODES.objectNode();
                    ls.put("stream_url", "");
                    ls.put("stream_key", "");
                    ls.put("page_url", "");
                    ls.put("resolution", "720p");
                    Webinar w = s.requireWebinar(p.get("webinarId"));
                    ls.setAll(w.livestream.deepCopy());
                    yield Reply.ok(ls);
                }
                case WEBINAR_LIVE_STREAM_UPDATE -> {
                    Webinar w = webinar(p);
                    b.fields().forEachRemaining(e -> w.livestream.set(e.getKey(), e.getValue().deepCopy()));
                    yield Reply.noContent();
                }
                case WEBINAR_LIVE_STREAM_STATUS_UPDATE -> {
                    Webinar w = webinar(p);
                    String action = b.path("action").asText("start");
                    if ("start".equals(action) && w.livestream.path("stream_url").asText("").isEmpty()) {
                        throw new ZoomError(400, 3001, "Live stream is not configured for this webinar: " + w.id + ".");
                    }
                    // status is kept out of the GET body, which has no such field
                    w.json.put("livestream_status", "start".equals(action) ? "started" : "stopped");
                    yield Reply.noContent();
                }
                case GET_TRACKING_SOURCES -> {
                    Webinar w = webinar(p);
                    ObjectNode out = NODES.objectNode();
                    out.put("total_records", w.trackingSources.size());
                    out.set("tracking_sources", w.trackingSources.deepCopy());
                    yield Reply.ok(out);
                }
                case DELETE_WEBINAR_CHAT_MESSAGE_BY_ID -> {
                    Webinar w = webinar(p);
                    if (!w.chatMessages.remove(p.get("messageId"))) {
                        throw ZoomError.notFound(3001, "Message does not exist: " + p.get("messageId") + ".");
                    }
                    yield Reply.noContent();
                }
                case PAST_WEBINARS -> pastInstances(p.get("webinarId"));
                case LIST_WEBINAR_PARTICIPANTS -> participants(s.requirePast(p.get("webinarId")), q);
                case LIST_PAST_WEBINAR_POLL_RESULTS -> pastReport(s.requirePast(p.get("webinarId")), true);
                case LIST_PAST_WEBINAR_QA -> pastReport(s.requirePast(p.get("webinarId")), false);
                case WEBINAR_ABSENTEES -> absentees(s.requirePast(p.get("WebinarUUID")), q);
            };
        }
    }

    // ------------------------------------------------------------------ users & templates

    private Reply listUsers(Map<String, List<String>> q) {
        String status = orDefault(first(q, "status"), "active");
        List<JsonNode> all = new ArrayList<>();
        for (ObjectNode u : s.users.values()) {
            if (status.equals(u.path("status").asText())) {
                // the list shows less of a user than GET /users/{userId} does
                all.add(u.deepCopy().without(List.of("account_id", "account_number", "language")));
            }
        }
        return Reply.ok(page(all, q, "users", "users"));
    }

    private Reply listTemplates(String userId) {
        ObjectNode u = s.requireUser(userId);
        List<ObjectNode> t = s.templatesByUser.getOrDefault(u.get("id").asText(), List.of());
        ObjectNode out = NODES.objectNode();
        out.put("total_records", t.size());
        ArrayNode arr = out.putArray("templates");
        t.forEach(x -> arr.add(x.deepCopy()));
        return Reply.ok(out);
    }

    private Reply createTemplate(String userId, JsonNode b) {
        ObjectNode u = s.requireUser(userId);
        long wid = b.path("webinar_id").asLong();
        s.requireWebinar(wid);
        ObjectNode t = NODES.objectNode();
        t.put("id", s.randomId(22));
        t.put("name", b.path("name").asText("Webinar template"));
        s.templatesByUser.computeIfAbsent(u.get("id").asText(), k -> new ArrayList<>()).add(t);
        return Reply.created(t.deepCopy());
    }

    // ------------------------------------------------------------------ webinars

    private Webinar webinar(Map<String, String> p) {
        return s.requireWebinar(p.get("webinarId"));
    }

    private Reply listWebinars(String userId, Map<String, List<String>> q) {
        ObjectNode u = s.requireUser(userId);
        String hostId = u.get("id").asText();
        boolean upcoming = "upcoming".equals(first(q, "type"));
        Instant now = Instant.now();
        List<JsonNode> mine = new ArrayList<>();
        for (Webinar w : s.webinars.values()) {
            if (!w.json.path("host_id").asText().equals(hostId)) continue;
            if (upcoming && w.json.hasNonNull("start_time")
                    && SimulatorState.parseInstant(w.json.get("start_time").asText())
                            .plus(w.json.path("duration").asInt(60), ChronoUnit.MINUTES).isBefore(now)) {
                continue;
            }
            ObjectNode x = NODES.objectNode();
            for (String f : new String[] {"uuid", "id", "host_id", "topic", "type", "start_time", "duration",
                    "timezone", "agenda", "created_at", "join_url", "is_simulive"}) {
                if (w.json.has(f)) x.set(f, w.json.get(f).deepCopy());
            }
            mine.add(x);
        }
        ObjectNode out = page(mine, q, "webinars", "webinars:" + hostId);
        out.put("next_page_token", ""); // this list pages by page_number only
        return Reply.ok(out);
    }

    private Reply createWebinar(String userId, JsonNode b) {
        ObjectNode host = s.requireUser(userId);
        if (!s.licensed) {
            throw new ZoomError(400, 200, "Webinar plan is missing. You must subscribe to the webinar plan"
                    + " and enable webinar for this user in order to perform this action.");
        }
        int type = b.path("type").asInt(5);
        if (type == 9 && !b.path("recurrence").isObject()) {
            throw ZoomError.badRequest("Recurrence is required for a recurring webinar with a fixed time (type 9).");
        }
        Webinar w = s.createWebinar(host, b);
        ObjectNode out = w.json.deepCopy();
        out.put("registrants_confirmation_email", out.path("settings").path("registrants_confirmation_email").asBoolean(true));
        return Reply.created(out);
    }

    private Reply getWebinar(String idOrUuid, Map<String, List<String>> q) {
        Webinar w = s.requireWebinar(idOrUuid);
        ObjectNode out = w.json.deepCopy();
        out.remove("livestream_status");
        String occurrenceId = first(q, "occurrence_id");
        if (occurrenceId != null && out.path("occurrences").isArray()) {
            for (JsonNode o : out.get("occurrences")) {
                if (o.path("occurrence_id").asText().equals(occurrenceId)) {
                    out.set("start_time", o.get("start_time"));
                    out.set("duration", o.get("duration"));
                }
            }
        }
        return Reply.ok(out);
    }

    private Reply updateWebinar(Webinar w, Map<String, List<String>> q, JsonNode b) {
        String occurrenceId = first(q, "occurrence_id");
        if (occurrenceId != null) {
            ObjectNode occ = occurrence(w, occurrenceId);
            if (b.has("start_time")) occ.put("start_time", iso(SimulatorState.parseInstant(b.get("start_time").asText())));
            if (b.has("duration")) occ.put("duration", b.get("duration").asInt());
            return Reply.noContent();
        }
        b.fields().forEachRemaining(e -> {
            String k = e.getKey();
            if (k.equals("settings") && e.getValue().isObject()) {
                if (!w.json.path("settings").isObject()) w.json.putObject("settings");
                SimulatorState.deepMerge((ObjectNode) w.json.get("settings"), (ObjectNode) e.getValue());
            } else if (k.equals("start_time")) {
                w.json.put("start_time", iso(SimulatorState.parseInstant(e.getValue().asText())));
            } else if (!k.equals("id") && !k.equals("uuid") && !k.equals("host_id")) {
                w.json.set(k, e.getValue().deepCopy());
            }
        });
        if (b.has("recurrence") || b.has("start_time")) w.json.remove("occurrences");
        s.refreshDerived(w);
        return Reply.noContent();
    }

    private Reply deleteWebinar(Webinar w, Map<String, List<String>> q) {
        String occurrenceId = first(q, "occurrence_id");
        if (occurrenceId != null) {
            ArrayNode occ = (ArrayNode) w.json.path("occurrences");
            occurrence(w, occurrenceId);
            for (int i = 0; i < occ.size(); i++) {
                if (occ.get(i).path("occurrence_id").asText().equals(occurrenceId)) {
                    occ.remove(i);
                    break;
                }
            }
            return Reply.noContent();
        }
        s.webinars.remove(w.id);
        return Reply.noContent();
    }

    private ObjectNode occurrence(Webinar w, String occurrenceId) {
        for (JsonNode o : w.json.path("occurrences")) {
            if (o.path("occurrence_id").asText().equals(occurrenceId)) return (ObjectNode) o;
        }
        throw new ZoomError(404, 3001, "Webinar occurrence does not exist: " + occurrenceId + ".");
    }

    /** PUT status {"action":"end"}: the current instance ends and becomes a past instance. */
    private Reply endWebinar(Webinar w) {
        String uuid = w.uuid();
        Instant start = w.json.hasNonNull("start_time")
                ? SimulatorState.parseInstant(w.json.get("start_time").asText()) : Instant.now();
        if (start.isAfter(Instant.now())) start = Instant.now().minus(1, ChronoUnit.HOURS);
        PastInstance p = new PastInstance(uuid, w.id, start);
        p.registrantsAtEnd.addAll(w.registrants.values());
        s.pastInstances.put(uuid, p);
        w.pastUuids.add(uuid);
        w.json.put("status", "ended");
        w.json.put("uuid", s.newUuid()); // the next instance gets a new UUID
        return Reply.noContent();
    }

    // ------------------------------------------------------------------ registrants

    private ObjectNode registrant(Webinar w, String id) {
        ObjectNode r = w.registrants.get(id);
        if (r == null) throw ZoomError.notFound(3027, "Registrant not found");
        return r;
    }

    private Reply listRegistrants(Webinar w, Map<String, List<String>> q) {
        String status = orDefault(first(q, "status"), "approved");
        List<JsonNode> matching = new ArrayList<>();
        for (ObjectNode r : w.registrants.values()) {
            if (status.equals(r.path("status").asText())) matching.add(r);
        }
        return Reply.ok(page(matching, q, "registrants", "registrants:" + w.id + ":" + status));
    }

    private Reply createRegistrant(Webinar w, JsonNode b) {
        requireRegistration(w);
        String email = b.path("email").asText();
        ObjectNode r = byEmail(w, email);
        if (r == null) {
            r = s.newRegistrant(w, b, w.approvalType() == 0 ? "approved" : "pending");
        }
        ObjectNode out = NODES.objectNode();
        out.put("id", Long.toString(w.id)); // a string here, unlike elsewhere, per Zoom's spec
        out.put("registrant_id", r.get("id").asText());
        out.put("topic", w.json.path("topic").asText());
        if (w.json.has("start_time")) out.set("start_time", w.json.get("start_time"));
        out.put("join_url", r.get("join_url").asText());
        if (w.json.has("occurrences")) out.set("occurrences", w.json.get("occurrences").deepCopy());
        return Reply.created(out);
    }

    private void requireRegistration(Webinar w) {
        if (w.approvalType() == 2) {
            throw new ZoomError(400, 3038, "Webinar registration has not been enabled: " + w.id + ".");
        }
    }

    private ObjectNode byEmail(Webinar w, String email) {
        for (ObjectNode r : w.registrants.values()) {
            if (r.path("email").asText().equalsIgnoreCase(email)) return r;
        }
        return null;
    }

    private Reply registrantStatus(Webinar w, JsonNode b) {
        String action = b.path("action").asText();
        JsonNode list = b.path("registrants");
        if (!list.isArray() || list.isEmpty()) {
            throw ZoomError.badRequest("registrants is required.");
        }
        if (list.size() > MAX_STATUS_REGISTRANTS) {
            throw ZoomError.badRequest("You can only update the status of " + MAX_STATUS_REGISTRANTS
                    + " registrants at a time.");
        }
        for (JsonNode ref : list) {
            ObjectNode r = ref.hasNonNull("id") ? w.registrants.get(ref.get("id").asText())
                    : byEmail(w, ref.path("email").asText());
            if (r == null) continue;
            String st = r.path("status").asText();
            switch (action) {
                case "approve" -> {
                    if (st.equals("pending") || st.equals("denied")) r.put("status", "approved");
                }
                case "deny" -> {
                    if (st.equals("pending")) r.put("status", "denied");
                }
                case "cancel" -> {
                    if (st.equals("approved") || st.equals("pending")) r.put("status", "denied");
                }
                default -> throw ZoomError.badRequest("Invalid action: " + action);
            }
        }
        return Reply.noContent();
    }

    private Reply batchRegistrants(Webinar w, JsonNode b) {
        requireRegistration(w);
        JsonNode list = b.path("registrants");
        if (list.size() > MAX_BATCH_REGISTRANTS) {
            throw ZoomError.badRequest("You can only add up to " + MAX_BATCH_REGISTRANTS + " registrants at a time.");
        }
        boolean autoApprove = b.path("auto_approve").asBoolean(false) || w.approvalType() == 0;
        ObjectNode out = NODES.objectNode();
        ArrayNode arr = out.putArray("registrants");
        for (JsonNode x : list) {
            ObjectNode r = byEmail(w, x.path("email").asText());
            if (r == null) r = s.newRegistrant(w, x, autoApprove ? "approved" : "pending");
            ObjectNode o = arr.addObject();
            o.put("email", r.path("email").asText());
            o.put("registrant_id", r.path("id").asText());
            o.put("join_url", r.path("join_url").asText());
        }
        return Reply.ok(out);
    }

    // ------------------------------------------------------------------ panelists, polls, survey

    private Reply listPanelists(Webinar w) {
        ObjectNode out = NODES.objectNode();
        ArrayNode arr = out.putArray("panelists");
        w.panelists.values().forEach(x -> arr.add(x.deepCopy()));
        out.put("total_records", w.panelists.size());
        return Reply.ok(out);
    }

    private Reply addPanelists(Webinar w, JsonNode b) {
        JsonNode list = b.path("panelists");
        int newOnes = 0;
        for (JsonNode x : list) {
            if (panelistByEmail(w, x.path("email").asText()) == null) newOnes++;
        }
        if (w.panelists.size() + newOnes > MAX_PANELISTS) {
            throw ZoomError.badRequest("The maximum number of panelists (" + MAX_PANELISTS + ") has been reached.");
        }
        for (JsonNode x : list) {
            ObjectNode existing = panelistByEmail(w, x.path("email").asText());
            ObjectNode pn = existing != null ? existing : NODES.objectNode();
            if (existing == null) {
                String id = s.randomId(22);
                pn.put("id", id);
                pn.put("join_url", "https://zoom.us/w/" + w.id + "?tk=" + s.randomId(43));
                w.panelists.put(id, pn);
            }
            x.fields().forEachRemaining(e -> pn.set(e.getKey(), e.getValue().deepCopy()));
        }
        ObjectNode out = NODES.objectNode();
        out.put("id", String.valueOf(w.id));
        out.put("updated_at", iso(Instant.now()));
        return Reply.created(out);
    }

    private ObjectNode panelistByEmail(Webinar w, String email) {
        for (ObjectNode x : w.panelists.values()) {
            if (x.path("email").asText().equalsIgnoreCase(email)) return x;
        }
        return null;
    }

    private Reply listPolls(Webinar w, Map<String, List<String>> q) {
        String anon = first(q, "anonymous");
        ObjectNode out = NODES.objectNode();
        ArrayNode arr = out.putArray("polls");
        for (ObjectNode x : w.polls.values()) {
            if (anon == null || x.path("anonymous").asBoolean() == Boolean.parseBoolean(anon)) arr.add(x.deepCopy());
        }
        out.put("total_records", arr.size());
        return Reply.ok(out);
    }

    private Reply createPoll(Webinar w, JsonNode b) {
        return Reply.created(s.newPoll(w, b).deepCopy());
    }

    private ObjectNode poll(Webinar w, String id) {
        ObjectNode p = w.polls.get(id);
        if (p == null) throw ZoomError.notFound(4400, "Poll not found: " + id + ".");
        return p;
    }

    private ObjectNode survey(Webinar w) {
        if (w.survey != null) return w.survey;
        ObjectNode sv = NODES.objectNode();
        sv.put("show_in_the_browser", true);
        sv.put("show_in_the_follow_up_email", false);
        sv.put("third_party_survey", "");
        ObjectNode cs = sv.putObject("custom_survey");
        cs.put("anonymous", false);
        cs.putArray("questions");
        return sv;
    }

    // ------------------------------------------------------------------ branding, links

    private Reply branding(Webinar w) {
        ObjectNode out = NODES.objectNode();
        if (w.wallpaper != null) out.putObject("wallpaper").put("id", w.wallpaper.get("id").asText());
        ArrayNode vbs = out.putArray("virtual_backgrounds");
        for (ObjectNode v : w.virtualBackgrounds.values()) {
            vbs.addObject().put("id", v.get("id").asText()).put("name", v.path("name").asText())
                    .put("is_default", v.path("is_default").asBoolean());
        }
        ArrayNode tags = out.putArray("name_tags");
        w.nameTags.values().forEach(t -> tags.add(t.deepCopy()));
        return Reply.ok(out);
    }

    private Reply createNameTag(Webinar w, JsonNode b) {
        ObjectNode tag = NODES.objectNode();
        String id = s.randomId(22);
        tag.put("id", id);
        for (String f : new String[] {"name", "text_color", "accent_color", "background_color"}) {
            tag.put(f, b.path(f).asText());
        }
        tag.put("is_default", b.path("is_default").asBoolean(false));
        w.nameTags.put(id, tag);
        if (tag.get("is_default").asBoolean()) makeDefault(w.nameTags, id);
        return Reply.created(tag.deepCopy());
    }

    private Reply uploadVb(Webinar w, Map<String, Multipart.Part> parts) {
        Multipart.Part file = parts.get("file");
        ObjectNode vb = NODES.objectNode();
        String id = s.randomId(22);
        vb.put("id", id);
        vb.put("name", file.filename() == null ? "background" : file.filename());
        vb.put("size", file.data().length);
        vb.put("type", "image");
        boolean def = parts.containsKey("default")
                && Boolean.parseBoolean(new String(parts.get("default").data(), StandardCharsets.UTF_8).trim());
        vb.put("is_default", def);
        w.virtualBackgrounds.put(id, vb);
        if (def) makeDefault(w.virtualBackgrounds, id);
        return Reply.created(vb.deepCopy());
    }

    private static void makeDefault(Map<String, ObjectNode> items, String id) {
        items.forEach((k, v) -> v.put("is_default", k.equals(id)));
    }

    private static void deleteIds(Map<String, ObjectNode> items, String commaIds) {
        if (commaIds == null || commaIds.isBlank()) {
            items.clear();
            return;
        }
        for (String id : commaIds.split(",")) items.remove(id.trim());
    }

    private Reply inviteLinks(Webinar w, JsonNode b) {
        ObjectNode out = NODES.objectNode();
        ArrayNode arr = out.putArray("attendees");
        for (JsonNode a : b.path("attendees")) {
            arr.addObject().put("name", a.path("name").asText())
                    .put("join_url", "https://zoom.us/w/" + w.id + "?tk=" + s.randomId(43) + "&uuid=WN_" + s.randomId(22));
        }
        return Reply.created(out);
    }

    // ------------------------------------------------------------------ past webinars

    private Reply pastInstances(String webinarId) {
        long id = Long.parseLong(webinarId);
        List<PastInstance> list = new ArrayList<>();
        for (PastInstance p : s.pastInstances.values()) {
            if (p.webinarId == id) list.add(p);
        }
        if (list.isEmpty() && !s.webinars.containsKey(id)) throw ZoomError.webinarNotFound(id);
        list.sort((a, c) -> a.start.compareTo(c.start));
        ObjectNode out = NODES.objectNode();
        ArrayNode arr = out.putArray("webinars");
        list.forEach(p -> arr.addObject().put("uuid", p.uuid).put("start_time", iso(p.start)));
        return Reply.ok(out);
    }

    private Reply participants(PastInstance p, Map<String, List<String>> q) {
        // Zoom's participant list carries id, name and user_email only, and no page_number
        List<JsonNode> shown = new ArrayList<>();
        for (JsonNode participant : p.participants) {
            ObjectNode o = NODES.objectNode();
            for (String f : new String[] {"id", "name", "user_email"}) {
                if (participant.has(f)) o.set(f, participant.get(f));
            }
            shown.add(o);
        }
        ObjectNode out = page(shown, q, "participants", "participants:" + p.uuid);
        out.remove("page_number");
        return Reply.ok(out);
    }

    private Reply pastReport(PastInstance p, boolean polls) {
        ObjectNode out = NODES.objectNode();
        out.put("id", p.webinarId);
        out.put("uuid", p.uuid);
        out.put("start_time", iso(p.start));
        ArrayNode arr = out.putArray("questions");
        (polls ? p.pollResults : p.qa).forEach(x -> arr.add(x.deepCopy()));
        return Reply.ok(out);
    }

    private Reply absentees(PastInstance p, Map<String, List<String>> q) {
        List<JsonNode> absent = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ObjectNode r : p.registrantsAtEnd) {
            String email = r.path("email").asText().toLowerCase();
            if ("approved".equals(r.path("status").asText()) && !p.joinedEmails.contains(email) && seen.add(email)) {
                absent.add(r);
            }
        }
        return Reply.ok(page(absent, q, "registrants", "absentees:" + p.uuid));
    }

    // ------------------------------------------------------------------ paging

    /**
     * next_page_token paging (page_number honoured when no token is given). Tokens are opaque
     * base64url strings bound to the list they came from; "" when there are no more pages.
     */
    private ObjectNode page(List<JsonNode> items, Map<String, List<String>> q, String field, String scope) {
        int pageSize = clamp(intParam(q, "page_size", 30), 1, 300);
        String token = first(q, "next_page_token");
        int from;
        int pageNumber;
        if (token != null && !token.isEmpty()) {
            from = decodeToken(token, scope);
            pageNumber = from / pageSize + 1;
        } else {
            pageNumber = Math.max(1, intParam(q, "page_number", 1));
            from = (pageNumber - 1) * pageSize;
        }
        from = Math.min(from, items.size());
        int to = Math.min(items.size(), from + pageSize);
        ObjectNode out = NODES.objectNode();
        out.put("page_count", (items.size() + pageSize - 1) / pageSize);
        out.put("page_number", pageNumber);
        out.put("page_size", pageSize);
        out.put("total_records", items.size());
        out.put("next_page_token", to < items.size() ? encodeToken(to, scope) : "");
        ArrayNode arr = out.putArray(field);
        items.subList(from, to).forEach(x -> arr.add(x.deepCopy()));
        return out;
    }

    private static String encodeToken(int offset, String scope) {
        String raw = scope.hashCode() + ":" + offset;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    private static int decodeToken(String token, String scope) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            int colon = raw.indexOf(':');
            if (colon > 0 && Integer.parseInt(raw.substring(0, colon)) == scope.hashCode()) {
                int off = Integer.parseInt(raw.substring(colon + 1));
                if (off >= 0) return off;
            }
        } catch (RuntimeException ignored) {
            // fall through
        }
        throw ZoomError.badRequest("Invalid next_page_token: " + token);
    }

    // ------------------------------------------------------------------ helpers

    static String first(Map<String, List<String>> q, String name) {
        List<String> v = q.get(name);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    private static String orDefault(String v, String d) {
        return v == null || v.isEmpty() ? d : v;
    }

    private static int intParam(Map<String, List<String>> q, String name, int d) {
        String v = first(q, name);
        try {
            return v == null ? d : Integer.parseInt(v);
        } catch (NumberFormatException e) {
            return d;
        }
    }

    private static int clamp(int v, int lo, int hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
