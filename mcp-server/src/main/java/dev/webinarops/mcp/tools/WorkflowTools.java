package dev.webinarops.mcp.tools;

import static dev.webinarops.mcp.tools.Schemas.*;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.webinarops.core.Zoom;
import dev.webinarops.core.api.Toolset;
import dev.webinarops.core.model.Recurrence;
import dev.webinarops.core.model.Registrant;
import dev.webinarops.core.model.RegistrantAction;
import dev.webinarops.core.model.User;
import dev.webinarops.core.model.Webinar;
import dev.webinarops.core.model.WebinarInput;
import dev.webinarops.core.model.WebinarSettings;
import dev.webinarops.core.service.RecurrenceSpec;
import dev.webinarops.core.service.RegistrantService;
import dev.webinarops.core.service.TimeParser;
import dev.webinarops.core.service.UserDirectory;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** Hand-written tools that combine calls or take friendlier arguments than Zoom's raw operations. */
public final class WorkflowTools {
    private static final int MAX_USERS = 300;

    private final Supplier<Zoom> zoom;
    private final ObjectMapper mapper;

    /** {@code zoom} is resolved on first use, so listing tools never waits for the HTTP client to start. */
    public WorkflowTools(Supplier<Zoom> zoom, ObjectMapper mapper) {
        this.zoom = requireNonNull(zoom, "zoom is null");
        this.mapper = requireNonNull(mapper, "mapper is null");
    }

    private static final Map<String, Object> START_TIME = string("When it starts: ISO 8601 with offset "
            + "(2026-05-01T15:00:00Z) or a local time (2026-05-01 15:00) read in `timezone`.");
    private static final Map<String, Object> TIMEZONE = string("IANA time zone for local start times and for "
            + "Zoom's display, e.g. America/New_York. Defaults to the server's ZOOM_DISPLAY_TIMEZONE.");
    private static final Map<String, Object> DURATION = integer("Length in minutes", 1, 1440);
    private static final Map<String, Object> APPROVAL = Map.of("type", "integer", "enum", List.of(0, 1, 2),
            "description", "Registration: 0 approve automatically, 1 approve manually, 2 no registration (default 2)");

    private static final Map<String, Object> WEBINAR_OUTPUT = output(props(
            "id", Map.of("type", "integer"), "topic", Map.of("type", "string"),
            "start_time", Map.of("type", List.of("string", "null")), "join_url", Map.of("type", List.of("string", "null"))),
            "id");

    public List<ToolDefinition> all() {
        String users = Toolset.USERS.id();
        String webinars = Toolset.WEBINARS.id();
        String registrants = Toolset.REGISTRANTS.id();
        return List.of(
                new ToolDefinition("list_users_for_selection", "List users to choose a host",
                        "Show the account's users as a numbered list so the person can pick a webinar host by number, "
                                + "name or email; pass the choice as `host` to create_webinar_interactive.",
                        users, true, false, true, false, true, object(props()),
                        output(props("users", arrayOf(output(props(
                                "number", Map.of("type", "integer"), "id", Map.of("type", "string"),
                                "email", Map.of("type", List.of("string", "null")),
                                "name", Map.of("type", List.of("string", "null")))), "Numbered users")), "users"),
                        null, (args, ctx) -> listUsersForSelection()),
                new ToolDefinition("create_webinar_interactive", "Create a webinar for a chosen host",
                        "Schedule a webinar for a host picked from list_users_for_selection by number (\"2\"), name, "
                                + "email or id. Returns the webinar id and join URL.",
                        webinars, false, false, false, true, true,
                        object(props("host", string("The host: list number, name, email or user id"),
                                "topic", string("Webinar title"), "start_time", START_TIME, "duration", DURATION,
                                "timezone", TIMEZONE, "agenda", string("Description shown to attendees"),
                                "approval_type", APPROVAL), "host", "topic", "start_time", "duration"),
                        WEBINAR_OUTPUT, null, (args, ctx) -> createInteractive(args)),
                new ToolDefinition("create_recurring_webinar", "Create a recurring webinar",
                        "Schedule a webinar series that repeats daily, weekly (on given weekdays) or monthly (on a day "
                                + "of the month), ending after end_times occurrences or at end_date. user_id: 'me', a "
                                + "user id or email from get_users.",
                        webinars, false, false, false, true, true,
                        object(props("user_id", string("Host: 'me', a user id or email (default 'me')"),
                                "topic", string("Webinar title"), "start_time", START_TIME, "duration", DURATION,
                                "timezone", TIMEZONE, "agenda", string("Description shown to attendees"),
                                "approval_type", APPROVAL,
                                "frequency", enumOf("How it repeats", "daily", "weekly", "monthly"),
                                "interval", integer("Every N days/weeks/months (default 1)", 1, 90),
                                "weekdays", arrayOf(enumOf("A weekday", "monday", "tuesday", "wednesday", "thursday",
                                        "friday", "saturday", "sunday"), "For weekly: the weekdays it runs on"),
                                "monthly_day", integer("For monthly: the day of the month", 1, 31),
                                "end_times", integer("End after this many occurrences", 1, 365),
                                "end_date", string("Or end at this date-time (same formats as start_time)")),
                                "topic", "start_time", "duration", "frequency"),
                        WEBINAR_OUTPUT, null, (args, ctx) -> createRecurring(args)),
                new ToolDefinition("find_registrant_by_email", "Find a registrant by email",
                        "Look up a webinar registrant by email address across all statuses (pending, approved, "
                                + "denied) and return their registrant id, status and join URL.",
                        registrants, true, false, true, false, true,
                        object(props("webinar_id", webinarId(), "email", email("The registrant's email")),
                                "webinar_id", "email"),
                        output(props("found", bool("Whether a registrant has this email"),
                                "registrant", Map.of("type", List.of("object", "null"))), "found"),
                        null, (args, ctx) -> findByEmail(args)),
                new ToolDefinition("approve_all_pending_registrants", "Approve all pending registrants",
                        "Approve every pending registrant of a webinar (manual approval webinars), in batches of 30, "
                                + "reporting progress. Zoom emails each approved person their join link.",
                        registrants, false, false, true, true, true,
                        object(props("webinar_id", webinarId()), "webinar_id"),
                        output(props("approved", Map.of("type", "integer"))), null,
                        (args, ctx) -> approveAll(args, ctx)));
    }

    private ToolDefinition.ToolOutput listUsersForSelection() {
        UserDirectory directory = new UserDirectory(zoom.get().users().all().limit(MAX_USERS).toList());
        ArrayNode list = mapper.createArrayNode();
        List<User> users = directory.users();
        for (int i = 0; i < users.size(); i++) {
            User u = users.get(i);
            list.addObject().put("number", i + 1).put("id", u.id()).put("email", u.email()).put("name", u.displayName());
        }
        ObjectNode out = mapper.createObjectNode();
        out.set("users", list);
        String text = users.isEmpty() ? "This account has no users."
                : "Choose a host by number, name or email:\n" + String.join("\n", directory.numberedLines());
        return new ToolDefinition.ToolOutput(text, out);
    }

    private ToolDefinition.ToolOutput createInteractive(Args args) {
        UserDirectory directory = new UserDirectory(zoom.get().users().all().limit(MAX_USERS).toList());
        User host;
        try {
            host = directory.resolve(args.requireString("host"));
        } catch (IllegalArgumentException e) {
            // Name the choices, so the tool works even when list_users_for_selection is not exposed (--toolsets).
            List<String> lines = directory.numberedLines();
            throw new IllegalArgumentException(e.getMessage() + ". Hosts: "
                    + String.join("; ", lines.subList(0, Math.min(20, lines.size())))
                    + (lines.size() > 20 ? "; … (" + lines.size() + " in all)" : ""));
        }
        Webinar created = zoom.get().webinars().create(host.id(), input(args));
        return webinarOutput("Created webinar for " + host.displayName() + " <" + host.email() + ">", created);
    }

    private ToolDefinition.ToolOutput createRecurring(Args args) {
        ZoneId zone = zone(args);
        RecurrenceSpec.End end;
        if (args.has("end_times")) {
            end = RecurrenceSpec.End.afterTimes(args.integer("end_times"));
        } else if (args.has("end_date")) {
            end = RecurrenceSpec.End.at(TimeParser.parse(args.string("end_date"), zone));
        } else {
            throw new IllegalArgumentException("give end_times (number of occurrences) or end_date");
        }
        int interval = args.has("interval") ? args.integer("interval") : 1;
        Recurrence recurrence = switch (args.requireString("frequency")) {
            case "daily" -> RecurrenceSpec.daily(interval, end);
            case "weekly" -> {
                List<String> days = args.strings("weekdays");
                if (days.isEmpty()) {
                    throw new IllegalArgumentException("weekly webinars need weekdays, e.g. [\"tuesday\"]");
                }
                List<DayOfWeek> parsed = days.stream().map(RecurrenceSpec::parseDay).toList();
                yield RecurrenceSpec.weekly(interval, parsed, end);
            }
            case "monthly" -> {
                if (!args.has("monthly_day")) {
                    throw new IllegalArgumentException("monthly webinars need monthly_day (1-31)");
                }
                yield RecurrenceSpec.monthlyOnDay(interval, args.integer("monthly_day"), end);
            }
            default -> throw new IllegalArgumentException("frequency must be daily, weekly or monthly");
        };
        String user = args.has("user_id") ? args.string("user_id") : "me";
        Webinar created = zoom.get().webinars().createRecurring(user, input(args), recurrence);
        return webinarOutput("Created recurring webinar", created);
    }

    private WebinarInput input(Args args) {
        ZoneId zone = zone(args);
        Instant start = TimeParser.parse(args.requireString("start_time"), zone);
        WebinarInput input = WebinarInput.scheduled(args.requireString("topic"), start, args.integer("duration"),
                zone.getId());
        if (args.has("agenda")) input = input.withAgenda(args.string("agenda"));
        input = input.withSettings(WebinarSettings.approval(args.has("approval_type") ? args.integer("approval_type") : 2));
        return input;
    }

    private ZoneId zone(Args args) {
        return args.has("timezone") ? TimeParser.zone(args.string("timezone")) : zoom.get().settings().get().displayZone();
    }

    private ToolDefinition.ToolOutput webinarOutput(String headline, Webinar w) {
        ObjectNode out = mapper.createObjectNode();
        out.put("id", w.id()).put("topic", w.topic());
        out.put("start_time", w.startTime() == null ? null : w.startTime().toString());
        out.put("join_url", w.joinUrl());
        return new ToolDefinition.ToolOutput(headline + ": " + w.topic() + " (id " + w.id() + ")"
                + (w.startTime() == null ? "" : ", starts " + w.startTime()) + ", join URL " + w.joinUrl(), out);
    }

    private ToolDefinition.ToolOutput findByEmail(Args args) {
        long webinarId = args.requireLong("webinar_id");
        String email = args.requireString("email");
        Optional<Registrant> found = zoom.get().registrants().findByEmail(webinarId, email);
        ObjectNode out = mapper.createObjectNode();
        out.put("found", found.isPresent());
        if (found.isPresent()) {
            JsonNode r = mapper.valueToTree(found.get());
            out.set("registrant", r);
            return new ToolDefinition.ToolOutput("Found " + found.get().displayName() + " <" + email + ">: registrant id "
                    + found.get().id() + ", status " + found.get().status(), out);
        }
        out.putNull("registrant");
        return new ToolDefinition.ToolOutput("No registrant of webinar " + webinarId + " has the email " + email + ".", out);
    }

    private ToolDefinition.ToolOutput approveAll(Args args, ToolContext ctx) {
        long webinarId = args.requireLong("webinar_id");
        RegistrantService.ProgressListener listener = (done, total) ->
                ctx.progress(done, (double) total, "Approved " + done + " of " + total);
        RegistrantService.BulkResult result = zoom.get().registrants().decideAllPending(webinarId, RegistrantAction.APPROVE,
                listener);
        ObjectNode out = mapper.createObjectNode().put("approved", result.count());
        return new ToolDefinition.ToolOutput(result.count() == 0 ? "No pending registrants to approve."
                : "Approved " + result.count() + " pending registrant(s) of webinar " + webinarId + ".", out);
    }
}
