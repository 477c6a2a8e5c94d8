package dev.webinarops.slack.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Slack's published Web API spec, reduced to what a fake needs: known methods and their required arguments. */
public final class SlackWebApiSpec {
    private final Map<String, Set<String>> required;

    private SlackWebApiSpec(Map<String, Set<String>> required) {
        this.required = required;
    }

    public static Path sharedDir() {
        String dir = System.getProperty("webinarops.shared.dir");
        return dir != null ? Path.of(dir) : Path.of("..", "..", "shared").toAbsolutePath().normalize();
    }

    public static SlackWebApiSpec load() {
        Path file = sharedDir().resolve("slack").resolve("slack_web_openapi_v2.json");
        try {
            JsonNode spec = new ObjectMapper().readTree(file.toFile());
            Map<String, Set<String>> required = new HashMap<>();
            spec.path("paths").fields().forEachRemaining(path -> {
                Set<String> names = new TreeSet<>();
                path.getValue().fields().forEachRemaining(op -> op.getValue().path("parameters").forEach(p -> {
                    // the token travels as "Authorization: Bearer", checked separately
                    if (p.path("required").asBoolean(false) && !p.path("name").asText().equals("token")) {
                        names.add(p.path("name").asText());
                    }
                }));
                required.put(path.getKey().substring(1), names);
            });
            // Socket Mode postdates the spec
            required.put("apps.connections.open", Set.of());
            return new SlackWebApiSpec(Map.copyOf(required));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    public boolean knows(String method) {
        return required.containsKey(method);
    }

    /** Required arguments missing from {@code args}, in name order. */
    public List<String> missing(String method, Map<String, String> args) {
        return required.getOrDefault(method, Set.of()).stream()
                .filter(name -> args.get(name) == null || args.get(name).isEmpty()).toList();
    }
}
