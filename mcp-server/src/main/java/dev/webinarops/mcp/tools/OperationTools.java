package dev.webinarops.mcp.tools;

import static dev.webinarops.core.api.ZoomOperation.*;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.webinarops.core.api.PageNumberToken;
import dev.webinarops.core.api.ZoomOperation;
import dev.webinarops.core.http.ZoomHttpExecutor;
import dev.webinarops.core.http.ZoomRequest;
import dev.webinarops.core.service.TimeParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * One tool per catalogue operation, generated from the catalogue row and Zoom's spec: path and query
 * parameters and the JSON body's fields become the tool's arguments; read tools return Zoom's answer as
 * structured content. Names and descriptions (what the tool does and where its ids come from) live in
 * {@link #TABLE}; the original server's tool names are kept where one maps to an operation.
 */
public final class OperationTools {
    public static final String CONFIRM = "confirm";
    public static final String FILE_PATH = "file_path";

    /** Names and descriptions of the generated tools. Every catalogue operation has a row (tested). */
    static final Map<ZoomOperation, Row> TABLE = new EnumMap<>(ZoomOperation.class);

    static {
        row(DELETE_WEBINAR_CHAT_MESSAGE_BY_ID, "delete_webinar_chat_message",
                "Delete a chat message from a webinar that is live now. Needs the message ID from the live chat.");
        row(WEBINAR_ABSENTEES, "get_webinar_absentees",
                "List registrants who did not attend a past webinar instance. webinar_uuid is an instance UUID from "
                        + "list_past_webinar_instances. Pages with page_size / next_page_token.");
        row(PAST_WEBINARS, "list_past_webinar_instances",
                "List the past instances (UUID and start time) of a webinar; the UUIDs feed the report tools.");
        row(LIST_WEBINAR_PARTICIPANTS, "list_webinar_participants",
                "List who attended a past webinar (by webinar ID for the latest instance, or an instance UUID). "
                        + "Pages with page_size / next_page_token.");
        row(LIST_PAST_WEBINAR_POLL_RESULTS, "list_past_webinar_poll_results",
                "Get the poll answers of a past webinar (webinar ID or instance UUID).");
        row(LIST_PAST_WEBINAR_QA, "list_webinar_qa",
                "Get the questions asked and answers given in a past webinar's Q&A (webinar ID or instance UUID).");
        row(USERS, "get_users",
                "List the users of the Zoom account (id, email, name, type, status). Use a user's id or email as "
                        + "user_id elsewhere. Pages with page_size / next_page_token.");
        row(USER, "get_user", "Get one user's profile by user ID or email (or 'me').");
        row(LIST_WEBINAR_TEMPLATES, "list_webinar_templates",
                "List the webinar templates of a user; a template id can be passed as template_id to create_webinar.");
        row(WEBINAR_TEMPLATE_CREATE, "create_webinar_template",
                "Save an existing webinar's settings as a reusable template for a user.");
        row(WEBINARS, "list_webinars",
                "List the webinars a user hosts (scheduled or upcoming). user_id 'me' is the account owner; get ids "
                        + "from get_users. Pages with page_size / next_page_token.");
        row(WEBINAR_CREATE, "create_webinar",
                "Schedule a webinar for a host (user_id: 'me', a user id or email from get_users). Give topic, "
                        + "start_time (ISO 8601 such as 2026-05-01T15:00:00Z, or 2026-05-01 15:00 read in timezone), duration in "
                        + "minutes and timezone (IANA, e.g. Europe/Berlin); "
                        + "settings.approval_type 0/1/2 controls registration approval. Returns the webinar with its id "
                        + "and join_url.");
        row(WEBINAR_DELETE, "delete_webinar",
                "Delete a webinar (or one occurrence with occurrence_id). Registrants and panelists lose access.");
        row(WEBINAR, "get_webinar",
                "Get a webinar's details: topic, time, join URL, settings, occurrences. webinar_id from list_webinars.");
        row(WEBINAR_UPDATE, "update_webinar",
                "Change a scheduled webinar: only the fields given change (topic, start_time, duration, agenda, "
                        + "settings, …). webinar_id from list_webinars.");
        row(ADD_BATCH_WEBINAR_REGISTRANTS, "batch_add_webinar_registrants",
                "Register up to 30 people at once to a webinar with registration enabled; returns each join URL.");
        row(GET_WEBINAR_BRANDING, "get_webinar_branding",
                "Get a webinar's session branding: wallpaper, virtual backgrounds and name tags (with their ids).");
        row(DELETE_WEBINAR_BRANDING_NAME_TAG, "delete_webinar_branding_name_tags",
                "Delete branding name tags from a webinar (name_tag_ids: comma-separated ids from "
                        + "get_webinar_branding; omit to delete all).");
        row(CREATE_WEBINAR_BRANDING_NAME_TAG, "create_webinar_branding_name_tag",
                "Create a branding name tag (name and colours) for a webinar's hosts and panelists.");
        row(UPDATE_WEBINAR_BRANDING_NAME_TAG, "update_webinar_branding_name_tag",
                "Change a webinar branding name tag; name_tag_id from get_webinar_branding.");
        row(DELETE_WEBINAR_BRANDING_VB, "delete_webinar_virtual_backgrounds",
                "Delete branding virtual backgrounds from a webinar (ids: comma-separated ids from "
                        + "get_webinar_branding; omit to delete all).");
        row(SET_WEBINAR_BRANDING_VB, "set_webinar_default_virtual_background",
                "Make an uploaded branding virtual background (id from get_webinar_branding) the default.");
        row(UPLOAD_WEBINAR_BRANDING_VB, "upload_webinar_virtual_background",
                "Upload an image file (file_path on the machine running this server) as a webinar branding "
                        + "virtual background.");
        row(DELETE_WEBINAR_BRANDING_WALLPAPER, "delete_webinar_wallpaper", "Delete a webinar's branding wallpaper.");
        row(UPLOAD_WEBINAR_BRANDING_WALLPAPER, "upload_webinar_wallpaper",
                "Upload an image file (file_path on the machine running this server) as a webinar's branding wallpaper.");
        row(WEBINAR_INVITE_LINKS_CREATE, "create_webinar_invite_links",
                "Create personal join links for named attendees of a webinar (attendees: [{name}], optional ttl "
                        + "in seconds).");
        row(WEBINAR_LIVE_STREAMING_JOIN_TOKEN, "get_webinar_live_streaming_join_token",
                "Get a token that lets a streaming bot join a webinar to live stream it.");
        row(WEBINAR_LOCAL_ARCHIVING_ARCHIVE_TOKEN, "get_webinar_local_archiving_token",
                "Get a token that lets an archiving bot join a webinar for local archiving.");
        row(WEBINAR_LOCAL_RECORDING_JOIN_TOKEN, "get_webinar_local_recording_join_token",
                "Get a token that lets a recording bot join a webinar to record it locally.");
        row(GET_WEBINAR_LIVE_STREAM_DETAILS, "get_webinar_live_stream",
                "Get a webinar's live stream settings (stream URL, key, page URL).");
        row(WEBINAR_LIVE_STREAM_UPDATE, "update_webinar_live_stream",
                "Set a webinar's custom live stream target: stream_url, stream_key and page_url.");
        row(WEBINAR_LIVE_STREAM_STATUS_UPDATE, "update_webinar_live_stream_status",
                "Start or stop a webinar's live stream (action start/stop) while it is running.");
        row(WEBINAR_PANELISTS_DELETE, "remove_all_panelists",
                "Remove every panelist from a webinar. They lose their panelist join links.");
        row(WEBINAR_PANELISTS, "list_panelists",
                "List a webinar's panelists with their ids, emails and join URLs.");
        row(WEBINAR_PANELIST_CREATE, "add_panelists",
                "Add panelists to a webinar (panelists: [{name, email}]; up to 100). Zoom emails each one a join link.");
        row(WEBINAR_PANELIST_DELETE, "remove_panelist",
                "Remove one panelist from a webinar; panelist_id from list_panelists.");
        row(WEBINAR_POLLS, "get_webinar_polls", "List a webinar's polls with their questions and ids.");
        row(WEBINAR_POLL_CREATE, "create_webinar_poll",
                "Create a poll for a webinar: title and questions [{name, type single/multiple/…, answers}].");
        row(WEBINAR_POLL_DELETE, "delete_webinar_poll", "Delete a webinar poll; poll_id from get_webinar_polls.");
        row(WEBINAR_POLL_GET, "get_webinar_poll", "Get one webinar poll; poll_id from get_webinar_polls.");
        row(WEBINAR_POLL_UPDATE, "update_webinar_poll",
                "Replace a webinar poll's title and questions; poll_id from get_webinar_polls.");
        row(WEBINAR_REGISTRANTS, "list_webinar_registrants",
                "List a webinar's registrants by status (pending, approved, denied; default approved). "
                        + "Pages with page_size / next_page_token.");
        row(WEBINAR_REGISTRANT_CREATE, "add_webinar_registrant",
                "Register one person (email, first_name, …) for a webinar with registration enabled; returns "
                        + "their registrant_id and join_url.");
        row(WEBINAR_REGISTRANTS_QUESTIONS_GET, "get_webinar_registration_questions",
                "Get the questions a webinar's registration form asks (standard fields and custom questions).");
        row(WEBINAR_REGISTRANT_QUESTION_UPDATE, "update_webinar_registration_questions",
                "Replace the questions a webinar's registration form asks.");
        row(WEBINAR_REGISTRANT_STATUS, "update_webinar_registrant_status",
                "Approve, deny or cancel registrants of a webinar (action; registrants: [{id} or {email}], up to "
                        + "30). Ids from list_webinar_registrants or find_registrant_by_email. Deny and cancel "
                        + "ask for confirmation.");
        row(DELETE_WEBINAR_REGISTRANT, "delete_webinar_registrant",
                "Delete a registrant from a webinar; registrant_id from list_webinar_registrants or "
                        + "find_registrant_by_email.");
        row(WEBINAR_REGISTRANT_GET, "get_webinar_registrant",
                "Get one registrant of a webinar, with their answers and join URL.");
        row(WEBINAR_STATUS, "update_webinar_status",
                "End a webinar that is running now (action: end). Everyone is disconnected.");
        row(WEBINAR_SURVEY_DELETE, "delete_webinar_survey", "Delete a webinar's post-webinar survey.");
        row(WEBINAR_SURVEY_GET, "get_webinar_survey", "Get a webinar's post-webinar survey.");
        row(WEBINAR_SURVEY_UPDATE, "update_webinar_survey",
                "Set or change a webinar's post-webinar survey (custom_survey with questions, or a third-party link).");
        row(WEBINAR_TOKEN, "get_webinar_token",
                "Get a webinar token of a given type (closed_caption_token, …) for tools that join or caption it.");
        row(GET_TRACKING_SOURCES, "list_webinar_tracking_sources",
                "List a webinar's registration tracking sources with visitor and registration counts.");
    }

    /** Where each id comes from, appended to the argument's description. */
    private static final Map<String, String> ID_HINTS = Map.of(
            "webinar_id", "The webinar's numeric ID (the `id` from list_webinars or get_webinar, not its UUID).",
            "webinar_uuid", "A past webinar instance's UUID, from list_past_webinar_instances.",
            "user_id", "A user ID or email from get_users, or `me` for the account owner.",
            "registrant_id", "From list_webinar_registrants or find_registrant_by_email.",
            "panelist_id", "From list_panelists.",
            "poll_id", "From get_webinar_polls.",
            "name_tag_id", "From get_webinar_branding (name_tags[].id).",
            "message_id", "The live chat message's ID.");

    private static final String PAST_WEBINAR_ID =
            "The webinar's numeric ID (its latest instance) or a past instance UUID from list_past_webinar_instances.";

    private final Supplier<ZoomHttpExecutor> executor;
    private final ObjectMapper mapper;
    private final OpenApiSpec spec;

    /** {@code executor} is resolved on first call, so listing tools never waits for the HTTP client to start. */
    public OperationTools(Supplier<ZoomHttpExecutor> executor, ObjectMapper mapper, OpenApiSpec spec) {
        this.executor = requireNonNull(executor, "executor is null");
        this.mapper = requireNonNull(mapper, "mapper is null");
        this.spec = requireNonNull(spec, "spec is null");
    }

    record Row(String name, String description) {}

    private static void row(ZoomOperation op, String name, String description) {
        TABLE.put(op, new Row(name, description));
    }

    public static String toolName(ZoomOperation op) {
        Row row = TABLE.get(op);
        if (row == null) {
            throw new IllegalStateException("no tool name for " + op.operationId());
        }
        return row.name();
    }

    public List<ToolDefinition> all() {
        List<ToolDefinition> tools = new ArrayList<>();
        for (ZoomOperation op : ZoomOperation.values()) {
            tools.add(define(op));
        }
        return tools;
    }

    /** An argument of a generated tool and where it goes in the request. */
    private record Binding(String argument, String target, Location location) {}

    private enum Location { PATH, QUERY, PAGE_NUMBER, BODY, BODY_OBJECT, FILE, FORM }

    ToolDefinition define(ZoomOperation op) {
        Row row = TABLE.get(op);
        OpenApiSpec.Operation specOp = spec.operation(op.operationId());
        Map<String, Object> properties = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        List<Binding> bindings = new ArrayList<>();

        for (OpenApiSpec.Parameter p : specOp.in("path")) {
            String arg = snake(p.name());
            boolean past = op.pathTemplate().startsWith("/past_webinars/");
            // Zoom types the past-webinar id as a string where it also takes an instance UUID, as an integer
            // where it takes only the numeric id (instances)
            boolean idOrUuid = past && arg.equals("webinar_id") && !"integer".equals(p.schema().path("type").asText());
            String hint = idOrUuid ? PAST_WEBINAR_ID : ID_HINTS.getOrDefault(arg, OpenApiSpec.clean(p.description()));
            Map<String, Object> schema = OpenApiSpec.inputSchema(p.schema(), hint);
            if (idOrUuid) {
                schema.put("type", List.of("string", "integer")); // the numeric id as list_webinars gives it, or a UUID
            } else if (past && !arg.equals("webinar_id")) {
                schema.put("type", "string"); // an instance UUID
            } else if (arg.equals("webinar_id")) {
                // Zoom's spec types it as integer on some paths and string on others; accept both, digits only
                schema.put("type", List.of("integer", "string"));
                schema.put("pattern", "^[0-9]+$");
                schema.put("minimum", 1);
            }
            properties.put(arg, schema);
            required.add(arg);
            bindings.add(new Binding(arg, p.name(), Location.PATH));
        }
        boolean pagedByNumber = specOp.in("query").stream().anyMatch(p -> p.name().equals("page_number"))
                && specOp.in("query").stream().noneMatch(p -> p.name().equals("next_page_token"));
        for (OpenApiSpec.Parameter p : specOp.in("query")) {
            if (p.name().equals("page_number")) {
                continue; // deprecated by Zoom; next_page_token replaces it (or stands for it, see below)
            }
            properties.put(p.name(), OpenApiSpec.inputSchema(p.schema(), p.description()));
            if (p.required()) required.add(p.name());
            bindings.add(new Binding(p.name(), p.name(), Location.QUERY));
        }
        if (properties.containsKey("page_size") && !properties.containsKey("next_page_token")) {
            properties.put("next_page_token", Map.of("type", "string",
                    "description", "The next_page_token of the previous page; omit for the first page."));
            // A list Zoom pages by page_number only (a host's webinars): the token is the next page number.
            bindings.add(pagedByNumber ? new Binding("next_page_token", "page_number", Location.PAGE_NUMBER)
                    : new Binding("next_page_token", "next_page_token", Location.QUERY));
        }
        if (specOp.jsonBody() != null) {
            Map<String, Object> body = OpenApiSpec.inputSchema(specOp.jsonBody(), null);
            @SuppressWarnings("unchecked")
            Map<String, Object> fields = (Map<String, Object>) body.getOrDefault("properties", Map.of());
            boolean clash = fields.keySet().stream().anyMatch(properties::containsKey) || fields.containsKey(CONFIRM);
            if (fields.isEmpty() || clash) {
                body.put("description", "The request body Zoom expects.");
                properties.put("body", body);
                if (specOp.bodyRequired()) required.add("body");
                bindings.add(new Binding("body", "body", Location.BODY_OBJECT));
            } else {
                properties.putAll(fields);
                @SuppressWarnings("unchecked")
                List<String> bodyRequired = (List<String>) body.getOrDefault("required", List.of());
                required.addAll(bodyRequired);
                fields.keySet().forEach(f -> bindings.add(new Binding(f, f, Location.BODY)));
            }
        }
        relaxTimeFormats(properties);
        if (specOp.multipartBody() != null) {
            specOp.multipartBody().path("properties").fields().forEachRemaining(e -> {
                if ("binary".equals(e.getValue().path("format").asText())) {
                    properties.put(FILE_PATH, Map.of("type", "string", "description",
                            "Path of the image file on the machine running this server (PNG, JPG or GIF, up to 15 MB)."));
                    required.add(FILE_PATH);
                    bindings.add(new Binding(FILE_PATH, e.getKey(), Location.FILE));
                } else {
                    properties.put(e.getKey(), OpenApiSpec.inputSchema(e.getValue(), null));
                    bindings.add(new Binding(e.getKey(), e.getKey(), Location.FORM));
                }
            });
        }
        boolean destructive = op.destructive() || op == WEBINAR_REGISTRANT_STATUS;
        if (destructive) {
            properties.put(CONFIRM, Map.of("type", "boolean", "description",
                    "Set true to confirm this destructive change when your client cannot show a confirmation "
                            + "prompt. Without it the tool only describes what it would do and changes nothing."));
        }
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("type", "object");
        input.put("properties", properties);
        if (!required.isEmpty()) input.put("required", required.stream().distinct().toList());
        input.put("additionalProperties", false);

        Map<String, Object> output = null;
        if (op.readOnly() && specOp.response() != null) {
            output = OpenApiSpec.outputSchema(specOp.response());
            output.put("type", "object");
        }
        String description = row.description()
                + (destructive ? " Destructive: asks the user to confirm (or needs confirm: true)." : "")
                + " Zoom scopes: " + String.join(" or ", op.scopes()) + ".";
        return new ToolDefinition(row.name(), title(op.summary()), description, op.toolset().id(), op.readOnly(),
                destructive, op.idempotent(), !op.readOnly(), true, input, output,
                destructive ? confirmation(op, bindings) : null,
                (args, context) -> call(op, bindings, specOp.jsonBody() != null, args));
    }

    private ToolDefinition.Confirmation confirmation(ZoomOperation op, List<Binding> bindings) {
        return args -> {
            if (op == WEBINAR_REGISTRANT_STATUS) {
                String action = args.string("action");
                if (action == null || !(action.equals("deny") || action.equals("cancel"))) {
                    return Optional.empty();
                }
                return Optional.of("This will " + action + " " + args.list("registrants").size()
                        + " registrant(s) of webinar " + args.string("webinar_id")
                        + (action.equals("deny") ? "; Zoom emails them that they were declined." : "; they lose access."));
            }
            String webinar = args.string("webinar_id");
            if (op == WEBINAR_STATUS) {
                return Optional.of("This will end webinar " + webinar + " now; everyone in it is disconnected.");
            }
            if (op == WEBINAR_PANELISTS_DELETE) {
                return Optional.of("This will remove ALL panelists of webinar " + webinar
                        + "; their panelist join links stop working. It cannot be undone.");
            }
            if (op == WEBINAR_DELETE) {
                String occurrence = args.string("occurrence_id");
                return Optional.of(occurrence == null || occurrence.isBlank()
                        ? "This will delete webinar " + webinar + " with all its occurrences; registrants and "
                                + "panelists lose access. It cannot be undone."
                        : "This will delete occurrence " + occurrence + " of webinar " + webinar
                                + "; its registrants lose access to it. It cannot be undone.");
            }
            if (op == DELETE_WEBINAR_BRANDING_NAME_TAG || op == DELETE_WEBINAR_BRANDING_VB) {
                // Zoom deletes every item when no ids are given
                String idsArg = op == DELETE_WEBINAR_BRANDING_NAME_TAG ? "name_tag_ids" : "ids";
                String what = op == DELETE_WEBINAR_BRANDING_NAME_TAG ? "branding name tags" : "branding virtual backgrounds";
                String ids = args.string(idsArg);
                return Optional.of(ids == null || ids.isBlank()
                        ? "This will delete ALL " + what + " of webinar " + webinar + " (no " + idsArg
                                + " given). It cannot be undone."
                        : "This will delete the " + what + " " + ids.strip() + " of webinar " + webinar
                                + ". It cannot be undone.");
            }
            String target = bindings.stream()
                    .filter(b -> b.location() == Location.PATH || (b.location() == Location.QUERY && args.has(b.argument())))
                    .filter(b -> args.has(b.argument()))
                    .map(b -> b.argument() + " " + args.string(b.argument()))
                    .collect(Collectors.joining(", "));
            return Optional.of("This will " + lowerFirst(op.summary()) + " (" + target + "). It cannot be undone.");
        };
    }

    private ToolDefinition.ToolOutput call(ZoomOperation op, List<Binding> bindings, boolean jsonBody, Args args) {
        ZoomRequest request = ZoomRequest.of(op);
        ObjectNode body = null;
        List<ZoomRequest.MultipartPart> parts = null;
        for (Binding b : bindings) {
            Object value = args.raw(b.argument());
            switch (b.location()) {
                case PATH -> request.path(b.target(), value);
                case QUERY -> request.query(b.target(), value instanceof List<?> l
                        ? l.stream().map(String::valueOf).collect(Collectors.joining(",")) : value);
                case PAGE_NUMBER -> request.query(b.target(), value == null ? null : PageNumberToken.parse(value.toString()));
                case BODY -> {
                    if (value != null) {
                        if (body == null) body = mapper.createObjectNode();
                        body.set(b.target(), mapper.valueToTree(value));
                    }
                }
                case BODY_OBJECT -> {
                    if (value != null) body = (ObjectNode) mapper.valueToTree(value);
                }
                case FILE -> {
                    if (parts == null) parts = new ArrayList<>();
                    parts.add(file(b.target(), args.requireString(b.argument())));
                }
                case FORM -> {
                    if (value != null) {
                        if (parts == null) parts = new ArrayList<>();
                        parts.add(ZoomRequest.MultipartPart.field(b.target(), value.toString()));
                    }
                }
            }
        }
        if (body != null) {
            normalizeTimes(body, args.string("timezone"));
        }
        if (parts != null) {
            request.multipart(parts);
        } else if (jsonBody) {
            request.json(body == null ? mapper.createObjectNode() : body);
        }
        JsonNode answer = executor.get().executeJson(request);
        boolean empty = answer == null || answer.isNull() || (answer.isObject() && answer.isEmpty());
        if (op.readOnly()) {
            JsonNode structured = answer != null && answer.isObject() ? answer : mapper.createObjectNode();
            if (bindings.stream().anyMatch(b -> b.location() == Location.PAGE_NUMBER) && structured.isObject()) {
                // the page asked for, not the one Zoom says it sent: a missing page_number must not loop
                Object asked = args.raw("next_page_token");
                int page = PageNumberToken.parse(asked == null ? null : asked.toString());
                String next = PageNumberToken.next(page, structured.path("page_count").asInt(1));
                ((ObjectNode) structured).put("next_page_token", next == null ? "" : next);
            }
            return new ToolDefinition.ToolOutput(structured.toString(), structured);
        }
        String target = bindings.stream().filter(b -> b.location() == Location.PATH)
                .map(b -> b.argument() + " " + args.string(b.argument())).collect(Collectors.joining(", "));
        String done = "Done: " + lowerFirst(op.summary()) + (target.isEmpty() ? "" : " (" + target + ")") + ".";
        return ToolDefinition.ToolOutput.text(empty ? done : done + "\n" + answer);
    }

    /**
     * Times people give ("2026-05-01 15:00", ISO-8601 with or without an offset) become the UTC instants
     * Zoom's spec asks for; a time without an offset is read in the request's timezone (UTC if none).
     */
    private static void normalizeTimes(ObjectNode body, String timezone) {
        ZoneId zone = timezone == null || timezone.isBlank() ? ZoneOffset.UTC : TimeParser.zone(timezone);
        if (body.path("start_time").isTextual()) {
            body.put("start_time", TimeParser.toZoom(TimeParser.parse(body.get("start_time").asText(), zone)));
        }
        JsonNode recurrence = body.path("recurrence");
        if (recurrence.isObject() && recurrence.path("end_date_time").isTextual()) {
            ((ObjectNode) recurrence).put("end_date_time",
                    TimeParser.toZoom(TimeParser.parse(recurrence.get("end_date_time").asText(), zone)));
        }
    }

    /**
     * The times {@link #normalizeTimes} reads include local ones ("2026-05-01 15:00", Zoom's own
     * "yyyy-MM-ddTHH:mm:ss"), which JSON Schema's {@code date-time} (RFC 3339, offset required) would forbid.
     */
    @SuppressWarnings("unchecked")
    private static void relaxTimeFormats(Map<String, Object> properties) {
        if (properties.get("start_time") instanceof Map<?, ?> start) {
            ((Map<String, Object>) start).remove("format");
        }
        if (properties.get("recurrence") instanceof Map<?, ?> recurrence
                && recurrence.get("properties") instanceof Map<?, ?> fields
                && fields.get("end_date_time") instanceof Map<?, ?> end) {
            ((Map<String, Object>) end).remove("format");
        }
    }

    /**
     * Only what Zoom accepts leaves the machine: a PNG, JPEG or GIF image (by its content, not its name) of at
     * most 15 MB — never, say, a key file an assistant was talked into uploading.
     */
    private static ZoomRequest.MultipartPart file(String field, String path) {
        Path file = Path.of(path);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("file_path '" + path + "' is not a readable file on this machine");
        }
        try {
            if (Files.size(file) > MAX_UPLOAD_BYTES) {
                throw new IllegalArgumentException("file_path '" + path + "' is larger than the 15 MB Zoom accepts");
            }
            byte[] data = Files.readAllBytes(file);
            String type = imageType(data);
            if (type == null) {
                throw new IllegalArgumentException("file_path '" + path + "' is not a PNG, JPG or GIF image; Zoom "
                        + "accepts only those (up to 15 MB)");
            }
            return new ZoomRequest.MultipartPart(field, file.getFileName().toString(), type, data);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read file_path '" + path + "': " + e.getMessage());
        }
    }

    private static final long MAX_UPLOAD_BYTES = 15L * 1024 * 1024;

    private static String imageType(byte[] d) {
        if (d.length >= 8 && (d[0] & 0xFF) == 0x89 && d[1] == 'P' && d[2] == 'N' && d[3] == 'G') return "image/png";
        if (d.length >= 3 && (d[0] & 0xFF) == 0xFF && (d[1] & 0xFF) == 0xD8 && (d[2] & 0xFF) == 0xFF) return "image/jpeg";
        if (d.length >= 6 && d[0] == 'G' && d[1] == 'I' && d[2] == 'F' && d[3] == '8') return "image/gif";
        return null;
    }

    /** webinarId → webinar_id, WebinarUUID → webinar_uuid. */
    static String snake(String name) {
        return name.replace("UUID", "Uuid").replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    static String title(String summary) {
        String s = summary.replace("webinar's", "webinar").replace("Virtual Backgrounds", "virtual backgrounds");
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String lowerFirst(String s) {
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    static Set<String> names() {
        return TABLE.values().stream().map(Row::name).collect(Collectors.toSet());
    }
}
