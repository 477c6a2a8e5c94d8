package dev.webinarops.core.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The simulator's in-memory Zoom account. Every method is thread-safe: all state is guarded by
 * {@link #lock}. Ids come from a fixed-seed {@link Random}, so a run with the same calls produces the
 * same ids.
 */
public final class SimulatorState {
    static final ObjectMapper JSON = new ObjectMapper();
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    static final String ID_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    final Object lock = new Object();
    final Random random = new Random(20_240_611L);
    final String accountId;

    final Map<String, ObjectNode> users = new LinkedHashMap<>();
    final Map<Long, Webinar> webinars = new LinkedHashMap<>();
    final Map<String, PastInstance> pastInstances = new LinkedHashMap<>();
    final Map<String, List<ObjectNode>> templatesByUser = new LinkedHashMap<>();
    boolean licensed = true;
    boolean scopesRevoked = false;

    /** One scheduled webinar and everything hanging off it. */
    static final class Webinar {
        final long id;
        ObjectNode json;
        final Map<String, ObjectNode> registrants = new LinkedHashMap<>();
        ObjectNode questions = defaultQuestions();
        final Map<String, ObjectNode> panelists = new LinkedHashMap<>();
        final Map<String, ObjectNode> polls = new LinkedHashMap<>();
        ObjectNode survey;
        final Map<String, ObjectNode> nameTags = new LinkedHashMap<>();
        final Map<String, ObjectNode> virtualBackgrounds = new LinkedHashMap<>();
        ObjectNode wallpaper;
        ObjectNode livestream = NODES.objectNode();
        ArrayNode trackingSources = NODES.arrayNode();
        final Set<String> chatMessages = new LinkedHashSet<>();
        final List<String> pastUuids = new ArrayList<>();

        Webinar(long id, ObjectNode json) {
            this.id = id;
            this.json = json;
        }

        String uuid() {
            return json.path("uuid").asText();
        }

        int approvalType() {
            return json.path("settings").path("approval_type").asInt(2);
        }
    }

    /** One ended instance of a webinar, for the past_webinars reports. */
    static final class PastInstance {
        final String uuid;
        final long webinarId;
        final Instant start;
        final List<ObjectNode> participants = new ArrayList<>();
        final List<ObjectNode> qa = new ArrayList<>();
        final List<ObjectNode> pollResults = new ArrayList<>();
        final Set<String> joinedEmails = new HashSet<>();
        final List<ObjectNode> registrantsAtEnd = new ArrayList<>();

        PastInstance(String uuid, long webinarId, Instant start) {
            this.uuid = uuid;
            this.webinarId = webinarId;
            this.start = start;
        }
    }

    SimulatorState(String accountId) {
        this.accountId = accountId;
    }

    // ------------------------------------------------------------------ public seeding & inspection

    /** Adds a licensed (type 2) active user; returns its id. */
    public String addUser(String email, String firstName, String lastName) {
        synchronized (lock) {
            String id = randomId(22);
            ObjectNode u = NODES.objectNode();
            u.put("id", id);
            u.put("first_name", firstName);
            u.put("last_name", lastName);
            u.put("email", email);
            u.put("type", 2);
            u.put("pmi", 1_000_000_000L + Math.floorMod(random.nextLong(), 8_999_999_999L));
            u.put("timezone", "UTC");
            u.put("verified", 1);
            u.put("dept", "");
            u.put("created_at", iso(Instant.now().minus(400, ChronoUnit.DAYS)));
            u.put("last_login_time", iso(Instant.now().minus(1, ChronoUnit.DAYS)));
            u.put("language", "en-US");
            u.put("status", "active");
            u.put("role_id", users.isEmpty() ? "0" : "2");
            u.put("account_id", accountId);
            u.put("account_number", 10_000_000L);
            users.put(id, u);
            return id;
        }
    }

    /** Adds a scheduled (type 5) webinar; returns its id. */
    public long addWebinar(String hostUserId, String topic, Instant start, int durationMinutes, int approvalType) {
        synchronized (lock) {
            ObjectNode body = NODES.objectNode();
            body.put("topic", topic);
            body.put("type", 5);
            body.put("start_time", iso(start));
            body.put("duration", durationMinutes);
            body.put("timezone", "UTC");
            body.putObject("settings").put("approval_type", approvalType);
            return createWebinar(requireUser(hostUserId), body).id;
        }
    }

    /** Adds a registrant with the given status (pending/approved/denied); returns its id. */
    public String addRegistrant(long webinarId, String email, String firstName, String lastName, String status) {
        synchronized (lock) {
            Webinar w = requireWebinar(webinarId);
            ObjectNode body = NODES.objectNode();
            body.put("email", email);
            body.put("first_name", firstName);
            body.put("last_name", lastName);
            ObjectNode r = newRegistrant(w, body, status);
            return r.get("id").asText();
        }
    }

    /** Adds {@code count} pending registrants user{i}@example.com (i continuing after existing ones). */
    public void addPendingRegistrants(long webinarId, int count) {
        synchronized (lock) {
            Webinar w = requireWebinar(webinarId);
            int base = w.registrants.size();
            for (int i = 1; i <= count; i++) {
                int n = base + i;
                ObjectNode body = NODES.objectNode();
                body.put("email", "user" + n + "@example.com");
                body.put("first_name", "User");
                body.put("last_name", String.valueOf(n));
                newRegistrant(w, body, "pending");
            }
        }
    }

    /** Status of a registrant, or null when absent. */
    public String registrantStatus(long webinarId, String registrantId) {
        synchronized (lock) {
            Webinar w = webinars.get(webinarId);
            ObjectNode r = w == null ? null : w.registrants.get(registrantId);
            return r == null ? null : r.path("status").asText();
        }
    }

    public int countRegistrants(long webinarId, String status) {
        synchronized (lock) {
            Webinar w = webinars.get(webinarId);
            if (w == null) return 0;
            return (int) w.registrants.values().stream()
                    .filter(r -> status == null || status.equals(r.path("status").asText())).count();
        }
    }

    public boolean webinarExists(long webinarId) {
        synchronized (lock) {
            return webinars.containsKey(webinarId);
        }
    }

    /** A copy of the webinar's JSON (as GET /webinars/{id} returns it), or null when absent. */
    public ObjectNode webinarJson(long webinarId) {
        synchronized (lock) {
            Webinar w = webinars.get(webinarId);
            return w == null ? null : w.json.deepCopy();
        }
    }

    /** Adds an ended instance of the webinar; returns its UUID. */
    public String addPastWebinarInstance(long webinarId, Instant start) {
        synchronized (lock) {
            String uuid = newUuid();
            addPastWebinarInstance(webinarId, uuid, start);
            return uuid;
        }
    }

    /** Adds an ended instance with a caller-chosen UUID (e.g. one starting with '/'). */
    public void addPastWebinarInstance(long webinarId, String uuid, Instant start) {
        synchronized (lock) {
            Webinar w = requireWebinar(webinarId);
            PastInstance p = new PastInstance(uuid, webinarId, start);
            w.registrants.values().forEach(r -> p.registrantsAtEnd.add(r));
            pastInstances.put(uuid, p);
            w.pastUuids.add(uuid);
        }
    }

    /** Records that someone attended the instance (a UUID, or a webinar id = its latest instance). */
    public void addParticipant(String webinarUuidOrId, String name, String email) {
        synchronized (lock) {
            PastInstance p = requirePast(webinarUuidOrId);
            ObjectNode o = NODES.objectNode();
            o.put("id", randomId(22));
            o.put("name", name);
            o.put("user_email", email);
            o.put("join_time", iso(p.start.plus(random.nextInt(5), ChronoUnit.MINUTES)));
            o.put("leave_time", iso(p.start.plus(55, ChronoUnit.MINUTES)));
            o.put("duration", 3000 + random.nextInt(600));
            o.put("registrant_id", registrantIdByEmail(p, email));
            p.participants.add(o);
            if (email != null) p.joinedEmails.add(email.toLowerCase());
        }
    }

    /** Adds a Q&A entry to the instance (a UUID, or a webinar id = its latest instance). */
    public void addQa(String webinarUuidOrId, String name, String email, String question, String answer) {
        synchronized (lock) {
            requirePast(webinarUuidOrId).qa.add(responder(name, email, question, answer));
        }
    }

    /** Adds a poll answer to the instance's poll results. */
    public void addPollResult(String webinarUuidOrId, String name, String email, String question, String answer) {
        synchronized (lock) {
            PastInstance p = requirePast(webinarUuidOrId);
            ObjectNode q = responder(name, email, question, answer);
            ObjectNode d = (ObjectNode) q.get("question_details").get(0);
            d.put("polling_id", "poll-" + Math.abs(question.hashCode()));
            d.put("date_time", iso(p.start.plus(20, ChronoUnit.MINUTES)));
            p.pollResults.add(q);
        }
    }

    private static ObjectNode responder(String name, String email, String question, String answer) {
        ObjectNode q = NODES.objectNode();
        q.put("name", name);
        q.put("email", email);
        ObjectNode d = q.putArray("question_details").addObject();
        d.put("question", question);
        d.put("answer", answer);
        return q;
    }

    /** Adds a live chat message to the webinar; returns its id (for deleteWebinarChatMessageById). */
    public String addChatMessage(long webinarId) {
        synchronized (lock) {
            Webinar w = requireWebinar(webinarId);
            String id = chatMessageId();
            w.chatMessages.add(id);
            return id;
        }
    }

    /** false: creating webinars answers 400 code 200 like Zoom when the account has no webinar plan. */
    public void setLicensed(boolean hasWebinarLicence) {
        synchronized (lock) {
            licensed = hasWebinarLicence;
        }
    }

    /** true: every API call answers 400 code 4711 (token lacks the operation's scopes). */
    public void revokeScopes(boolean revoked) {
        synchronized (lock) {
            scopesRevoked = revoked;
        }
    }

    /** Ids of all users, in creation order. */
    public List<String> userIds() {
        synchronized (lock) {
            return List.copyOf(users.keySet());
        }
    }

    /** Ids of all webinars, in creation order. */
    public List<Long> webinarIds() {
        synchronized (lock) {
            return List.copyOf(webinars.keySet());
        }
    }

    /** UUIDs of the webinar's past instances, oldest first. */
    public List<String> pastInstanceUuids(long webinarId) {
        synchronized (lock) {
            Webinar w = webinars.get(webinarId);
            return w == null ? List.of() : List.copyOf(w.pastUuids);
        }
    }

    // ------------------------------------------------------------------ internals (hold lock)

    ObjectNode requireUser(String idEmailOrMe) {
        ObjectNode u = findUser(idEmailOrMe);
        if (u == null) throw ZoomError.userNotFound(idEmailOrMe);
        return u;
    }

    ObjectNode findUser(String idEmailOrMe) {
        if ("me".equals(idEmailOrMe)) {
            Iterator<ObjectNode> it = users.values().iterator();
            return it.hasNext() ? it.next() : null;
        }
        ObjectNode u = users.get(idEmailOrMe);
        if (u != null) return u;
        for (ObjectNode c : users.values()) {
            if (c.path("email").asText().equalsIgnoreCase(idEmailOrMe)) return c;
        }
        return null;
    }

    Webinar requireWebinar(long id) {
        Webinar w = webinars.get(id);
        if (w == null) throw ZoomError.webinarNotFound(id);
        return w;
    }

    /** By numeric id, or by the UUID of its current instance. */
    Webinar requireWebinar(String idOrUuid) {
        if (idOrUuid.matches("\\d{1,18}")) {
            return requireWebinar(Long.parseLong(idOrUuid));
        }
        for (Webinar w : webinars.values()) {
            if (w.uuid().equals(idOrUuid)) return w;
        }
        throw ZoomError.webinarNotFound(idOrUuid);
    }

    /** A past instance by UUID, or by webinar id (its latest instance). */
    PastInstance requirePast(String uuidOrId) {
        PastInstance p = pastInstances.get(uuidOrId);
        if (p != null) return p;
        if (uuidOrId.matches("\\d{1,18}")) {
            long id = Long.parseLong(uuidOrId);
            PastInstance latest = null;
            for (PastInstance c : pastInstances.values()) {
                if (c.webinarId == id && (latest == null || !c.start.isBefore(latest.start))) latest = c;
            }
            if (latest != null) return latest;
        }
        throw ZoomError.webinarNotFound(uuidOrId);
    }

    private String registrantIdByEmail(PastInstance p, String email) {
        for (ObjectNode r : p.registrantsAtEnd) {
            if (r.path("email").asText().equalsIgnoreCase(email)) return r.path("id").asText();
        }
        return "";
    }

    Webinar createWebinar(ObjectNode host, JsonNode body) {
        long id;
        do {
            id = 80_000_000_000L + Math.floorMod(random.nextLong(), 19_999_999_999L);
        } while (webinars.containsKey(id));
        ObjectNode w = NODES.objectNode();
        w.put("uuid", newUuid());
        w.put("id", id);
        w.put("host_id", host.get("id").asText());
        w.put("host_email", host.get("email").asText());
        w.put("topic", body.path("topic").asText("Zoom Webinar"));
        int type = body.path("type").asInt(5);
        w.put("type", type);
        w.put("duration", body.path("duration").asInt(60));
        w.put("timezone", body.path("timezone").asText("UTC"));
        w.put("agenda", body.path("agenda").asText(""));
        w.put("created_at", iso(Instant.now()));
        w.put("start_url", "https://zoom.us/s/" + id + "?zak=" + randomId(40));
        w.put("join_url", "https://zoom.us/j/" + id);
        if (body.hasNonNull("password")) w.put("password", body.get("password").asText());
        if (type != 6) {
            Instant start = body.hasNonNull("start_time") ? parseInstant(body.get("start_time").asText())
                    : Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.HOURS);
            w.put("start_time", iso(start));
        }
        ObjectNode settings = defaultSettings(host);
        if (body.path("settings").isObject()) deepMerge(settings, (ObjectNode) body.get("settings"));
        w.set("settings", settings);
        for (String f : new String[] {"tracking_fields", "is_simulive", "record_file_id", "template_id"}) {
            if (body.has(f)) w.set(f, body.get(f).deepCopy());
        }
        if (body.path("recurrence").isObject()) w.set("recurrence", body.get("recurrence").deepCopy());
        Webinar web = new Webinar(id, w);
        refreshDerived(web);
        for (int i = 1; i <= 2; i++) {
            ObjectNode t = web.trackingSources.addObject();
            t.put("id", randomId(22));
            t.put("source_name", i == 1 ? "Newsletter" : "LinkedIn");
            t.put("tracking_url", "https://zoom.us/webinar/register/WN_" + randomId(22) + "?src=" + i);
            t.put("visitor_count", 0);
            t.put("registration_count", 0);
        }
        webinars.put(id, web);
        return web;
    }

    /**
     * Recomputes occurrences after a create or update. No {@code registration_url}: Zoom's spec does
     * not allow one in webinar answers, and the spec wins.
     */
    void refreshDerived(Webinar web) {
        ObjectNode w = web.json;
        if (w.path("type").asInt() == 9 && w.path("recurrence").isObject() && w.hasNonNull("start_time")) {
            ZoneId zone = Recurrence.zone(w.path("timezone").asText());
            List<Instant> times = Recurrence.occurrences(w.get("recurrence"), parseInstant(w.get("start_time").asText()), zone);
            Map<String, ObjectNode> old = new LinkedHashMap<>();
            for (JsonNode o : w.path("occurrences")) old.put(o.path("occurrence_id").asText(), (ObjectNode) o);
            ArrayNode occ = NODES.arrayNode();
            for (Instant t : times) {
                String oid = String.valueOf(t.toEpochMilli());
                ObjectNode prev = old.get(oid);
                ObjectNode o = occ.addObject();
                o.put("occurrence_id", oid);
                o.put("start_time", iso(t));
                o.put("duration", prev != null ? prev.path("duration").asInt() : w.path("duration").asInt(60));
                o.put("status", prev != null ? prev.path("status").asText("available") : "available");
            }
            w.set("occurrences", occ);
            if (!times.isEmpty()) w.put("start_time", iso(times.get(0)));
        } else {
            w.remove("occurrences");
        }
    }

    /** A poll made from a create body, with Zoom's defaults for what the body leaves out; stored on the webinar. */
    ObjectNode newPoll(Webinar w, JsonNode body) {
        ObjectNode poll = NODES.objectNode();
        String id = randomId(22);
        poll.put("status", "notstart");
        poll.put("anonymous", false);
        poll.put("poll_type", 1);
        body.fields().forEachRemaining(e -> poll.set(e.getKey(), e.getValue().deepCopy()));
        poll.put("id", id);
        w.polls.put(id, poll);
        return poll;
    }

    ObjectNode newRegistrant(Webinar w, JsonNode body, String status) {
        ObjectNode r = NODES.objectNode();
        String id = randomId(22);
        r.put("id", id);
        body.fields().forEachRemaining(e -> r.set(e.getKey(), e.getValue().deepCopy()));
        r.put("id", id);
        if (!r.has("last_name")) r.put("last_name", "");
        if (!r.has("custom_questions")) r.putArray("custom_questions");
        r.put("status", status);
        r.put("create_time", iso(Instant.now()));
        r.put("join_url", "https://zoom.us/w/" + w.id + "?tk=" + randomId(43));
        w.registrants.put(id, r);
        return r;
    }

    ObjectNode defaultSettings(ObjectNode host) {
        ObjectNode s = NODES.objectNode();
        s.put("host_video", false);
        s.put("panelists_video", false);
        s.put("practice_session", false);
        s.put("hd_video", false);
        s.put("hd_video_for_attendees", false);
        s.put("send_1080p_video_to_attendees", false);
        s.put("approval_type", 2);
        s.put("registration_type", 1);
        s.put("audio", "both");
        s.put("auto_recording", "none");
        s.put("enforce_login", false);
        s.put("enforce_login_domains", "");
        s.put("alternative_hosts", "");
        s.put("close_registration", false);
        s.put("show_share_button", true);
        s.put("allow_multiple_devices", true);
        s.put("on_demand", false);
        s.putArray("global_dial_in_countries").add("US");
        s.put("contact_name", (host.path("first_name").asText() + " " + host.path("last_name").asText()).trim());
        s.put("contact_email", host.path("email").asText());
        s.put("registrants_restrict_number", 0);
        s.put("registrants_confirmation_email", true);
        s.put("registrants_email_notification", true);
        s.put("notify_registrants", true);
        s.put("post_webinar_survey", false);
        s.put("meeting_authentication", false);
        s.put("panelist_authentication", false);
        s.put("add_watermark", false);
        s.put("add_audio_watermark", false);
        s.put("email_language", "en-US");
        s.put("panelists_invitation_email_notification", true);
        s.put("enable_session_branding", false);
        ObjectNode qa = s.putObject("question_and_answer");
        qa.put("enable", true);
        qa.put("allow_anonymous_questions", true);
        qa.put("answer_questions", "all");
        qa.put("attendees_can_upvote", false);
        qa.put("attendees_can_comment", false);
        qa.put("allow_auto_reply", false);
        s.putObject("attendees_and_panelists_reminder_email_notification").put("enable", true).put("type", 0);
        s.putObject("follow_up_attendees_email_notification").put("enable", false).put("type", 0);
        s.putObject("follow_up_absentees_email_notification").put("enable", false).put("type", 0);
        return s;
    }

    static ObjectNode defaultQuestions() {
        ObjectNode q = NODES.objectNode();
        q.putArray("questions").addObject().put("field_name", "last_name").put("required", false);
        q.putArray("custom_questions");
        return q;
    }

    /** Merges {@code patch} into {@code target}; objects are merged recursively, everything else replaced. */
    static void deepMerge(ObjectNode target, ObjectNode patch) {
        patch.fields().forEachRemaining(e -> {
            JsonNode cur = target.get(e.getKey());
            if (cur instanceof ObjectNode co && e.getValue() instanceof ObjectNode po) {
                deepMerge(co, po);
            } else {
                target.set(e.getKey(), e.getValue().deepCopy());
            }
        });
    }

    String randomId(int len) {
        StringBuilder b = new StringBuilder(len);
        for (int i = 0; i < len; i++) {
            b.append(ID_CHARS.charAt(random.nextInt(ID_CHARS.length())));
        }
        // Zoom ids never start with '-' or '_'; keep them readable
        if (b.charAt(0) == '-' || b.charAt(0) == '_') b.setCharAt(0, 'Z');
        return b.toString();
    }

    /** Zoom-style instance UUID: 16 random bytes, base64 (may contain '/' and '+'). */
    String newUuid() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    String chatMessageId() {
        return String.format("%08x-%04x-%04x-%04x-%012x", random.nextInt(), random.nextInt(0x10000),
                random.nextInt(0x10000), random.nextInt(0x10000), random.nextLong() & 0xffffffffffffL);
    }

    static String iso(Instant t) {
        return DateTimeFormatter.ISO_INSTANT.format(t.truncatedTo(ChronoUnit.SECONDS));
    }

    static Instant parseInstant(String s) {
        try {
            return java.time.OffsetDateTime.parse(s).toInstant();
        } catch (RuntimeException e) {
            try {
                // Zoom accepts local times (yyyy-MM-ddTHH:mm:ss) interpreted in the webinar's timezone; UTC here
                return java.time.LocalDateTime.parse(s).toInstant(java.time.ZoneOffset.UTC);
            } catch (RuntimeException e2) {
                throw ZoomError.badRequest("Invalid field: start_time " + s);
            }
        }
    }
}
