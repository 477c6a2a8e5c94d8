package dev.webinarops.mcp;

import dev.webinarops.core.api.Toolset;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Command-line options of the server.
 *
 * @param toolsets the tool groups to expose; empty means all
 * @param httpPort serve Streamable HTTP on this port instead of stdio
 */
public record ServerOptions(boolean sandbox, boolean readOnly, Set<String> toolsets, Optional<Integer> httpPort,
        String httpHost) {

    /** Tools that manage this server's own credentials and token belong to this group; it is always on. */
    public static final String ACCOUNT_TOOLSET = "account";

    public ServerOptions {
        toolsets = Set.copyOf(toolsets);
    }

    public static ServerOptions defaults() {
        return new ServerOptions(false, false, Set.of(), Optional.empty(), "127.0.0.1");
    }

    public static List<String> knownToolsets() {
        return Arrays.stream(Toolset.values()).map(Toolset::id).toList();
    }

    /** Parses {@code --sandbox --read-only --toolsets a,b --http PORT [--host ADDR]}. */
    public static ServerOptions parse(String... args) {
        boolean sandbox = false;
        boolean readOnly = false;
        Set<String> toolsets = new LinkedHashSet<>();
        Optional<Integer> port = Optional.empty();
        String host = "127.0.0.1";
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String value = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                value = arg.substring(eq + 1);
                arg = arg.substring(0, eq);
            }
            switch (arg) {
                case "--sandbox" -> sandbox = true;
                case "--read-only" -> readOnly = true;
                case "--toolsets" -> {
                    String list = value != null ? value : next(args, ++i, "--toolsets");
                    for (String t : list.split(",")) {
                        String id = t.trim().toLowerCase(Locale.ROOT);
                        if (id.isEmpty()) {
                            continue;
                        }
                        if (!knownToolsets().contains(id) && !id.equals(ACCOUNT_TOOLSET)) {
                            throw new IllegalArgumentException("unknown toolset '" + id + "'; known: "
                                    + String.join(", ", knownToolsets()));
                        }
                        toolsets.add(id);
                    }
                }
                case "--http" -> {
                    String p = value != null ? value : next(args, ++i, "--http");
                    try {
                        int n = Integer.parseInt(p);
                        if (n < 0 || n > 65535) {
                            throw new NumberFormatException();
                        }
                        port = Optional.of(n);
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("--http needs a port number, not '" + p + "'");
                    }
                }
                case "--host" -> host = value != null ? value : next(args, ++i, "--host");
                default -> throw new IllegalArgumentException("unknown option '" + args[i]
                        + "'; usage: [--sandbox] [--read-only] [--toolsets a,b] [--http PORT [--host ADDR]]");
            }
        }
        return new ServerOptions(sandbox, readOnly, toolsets, port, host);
    }

    private static String next(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    public boolean toolsetEnabled(String toolset) {
        return toolsets.isEmpty() || toolset.equals(ACCOUNT_TOOLSET) || toolsets.contains(toolset);
    }

    @Override
    public String toString() {
        return (sandbox ? "sandbox " : "") + (readOnly ? "read-only " : "")
                + (toolsets.isEmpty() ? "all toolsets" : "toolsets " + toolsets.stream().sorted().collect(Collectors.joining(",")));
    }
}
