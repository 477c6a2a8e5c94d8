package dev.webinarops.slack.commands;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** {@code /webinar} text, parsed and checked; malformed input throws with what was wrong. */
public record CommandLine(String verb, Long webinarId, List<String> args) {
    /** Verbs that change something at Zoom or in the app, so admins only. */
    public static final Set<String> CHANGES = Set.of("create", "edit", "delete", "end", "approve", "deny", "watch",
            "unwatch", "token");
    private static final Set<String> NO_ID = Set.of("help", "list", "create", "token");
    private static final Set<String> WITH_ID = Set.of("show", "edit", "delete", "end", "registrants", "pending",
            "approve", "deny", "panelists", "polls", "qa", "participants", "absentees", "links", "watch", "unwatch");
    private static final Set<String> STATUSES = Set.of("pending", "approved", "denied");

    public static CommandLine parse(String text) {
        List<String> words = text == null || text.isBlank() ? List.of()
                : Arrays.asList(text.trim().split("\\s+"));
        if (words.isEmpty()) {
            return new CommandLine("help", null, List.of());
        }
        String verb = words.get(0).toLowerCase(Locale.ROOT);
        List<String> rest = words.subList(1, words.size());
        if (NO_ID.contains(verb)) {
            switch (verb) {
                case "help", "token" -> requireArgs(verb, rest, 0, 0);
                case "list" -> requireArgs(verb, rest, 0, 1);
                case "create" -> {
                    requireArgs(verb, rest, 0, 1);
                    if (rest.size() == 1 && !rest.get(0).equalsIgnoreCase("recurring")) {
                        throw new IllegalArgumentException("`create` takes nothing or `recurring`, not `" + rest.get(0) + "`");
                    }
                }
                default -> { }
            }
            return new CommandLine(verb, null, List.copyOf(rest));
        }
        if (!WITH_ID.contains(verb)) {
            throw new IllegalArgumentException("I don't know the command `" + verb + "`");
        }
        if (rest.isEmpty()) {
            throw new IllegalArgumentException("`" + verb + "` needs a webinar id");
        }
        long id;
        try {
            id = Long.parseLong(rest.get(0).replace(" ", ""));
            if (id <= 0) {
                throw new NumberFormatException();
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("`" + rest.get(0) + "` is not a webinar id (a number such as 81234567890)");
        }
        List<String> args = List.copyOf(rest.subList(1, rest.size()));
        switch (verb) {
            case "registrants" -> {
                requireArgs(verb, args, 0, 1);
                if (args.size() == 1 && !STATUSES.contains(args.get(0).toLowerCase(Locale.ROOT))) {
                    throw new IllegalArgumentException("status must be pending, approved or denied, not `" + args.get(0) + "`");
                }
            }
            case "approve", "deny" -> {
                requireArgs(verb, args, 1, 1);
                if (!args.get(0).contains("@")) {
                    throw new IllegalArgumentException("`" + args.get(0) + "` is not an email address");
                }
            }
            case "panelists" -> {
                if (!args.isEmpty()) {
                    String op = args.get(0).toLowerCase(Locale.ROOT);
                    if (op.equals("add")) {
                        if (args.size() < 2 || !args.get(1).contains("@")) {
                            throw new IllegalArgumentException("`panelists <id> add <email> [name]` needs an email");
                        }
                    } else if (op.equals("remove")) {
                        requireArgs("panelists remove", args.subList(1, args.size()), 1, 1);
                    } else {
                        throw new IllegalArgumentException("`panelists <id>` takes `add` or `remove`, not `" + args.get(0) + "`");
                    }
                }
            }
            case "links" -> { }
            default -> requireArgs(verb, args, 0, 0);
        }
        return new CommandLine(verb, id, args);
    }

    /** Whether running this changes anything (so needs an admin). */
    public boolean changes() {
        // panelists add/remove and personal invite links (created at Zoom) change things; plain views do not
        return CHANGES.contains(verb) || ((verb.equals("panelists") || verb.equals("links")) && !args.isEmpty());
    }

    private static void requireArgs(String verb, List<String> args, int min, int max) {
        if (args.size() < min || args.size() > max) {
            throw new IllegalArgumentException("`" + verb + "` got " + (args.size() < min ? "too few" : "too many")
                    + " words");
        }
    }
}
