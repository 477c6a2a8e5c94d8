package dev.webinarops.slack.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.Error;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.webinarops.slack.Ids;
import dev.webinarops.slack.fake.SlackWebApiSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** manifest.yml is a valid Slack manifest and agrees with the code. */
class ManifestTest {
    private static final String REMOTE = "https://raw.githubusercontent.com/slackapi/manifest-schema/v0.5.0/schemas/";

    /** The bot scope each Web API method the code calls needs (none for auth.test, views.*). */
    private static final Map<String, String> SCOPE_OF = Map.of(
            "chatPostMessage", "chat:write",
            "chatUpdate", "chat:write",
            "chatPostEphemeral", "chat:write",
            "usergroupsUsersList", "usergroups:read",
            "viewsOpen", "",
            "viewsPublish", "",
            "viewsUpdate", "");

    private static Path repo() {
        String dir = System.getProperty("webinarops.repo.dir");
        return dir != null ? Path.of(dir) : Path.of("..").toAbsolutePath().normalize();
    }

    private static JsonNode manifest() throws IOException {
        return new ObjectMapper(new YAMLFactory()).readTree(repo().resolve("manifest.yml").toFile());
    }

    private static List<Error> validate(JsonNode manifest) {
        Path schemas = SlackWebApiSpec.sharedDir().resolve("slack").resolve("manifest-schema").toAbsolutePath().normalize();
        // The published schemas reference each other by their GitHub URLs; serve those from shared/ (no network).
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7, b -> b.schemas(iri -> {
            if (!iri.startsWith(REMOTE)) {
                return null;
            }
            try {
                return Files.readString(schemas.resolve("schemas").resolve(iri.substring(REMOTE.length())));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }));
        try {
            return registry.getSchema(Files.readString(schemas.resolve("manifest.schema.json"))).validate(manifest);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void manifestValidatesAgainstSlacksSchema() throws IOException {
        List<Error> errors = validate(manifest());
        assertTrue(errors.isEmpty(), "schema errors: " + errors);
    }

    @Test
    void theSchemaCheckRejectsABrokenManifest() throws IOException {
        ObjectNode broken = (ObjectNode) manifest();
        ((ObjectNode) broken.path("features").path("slash_commands").get(0)).put("command", "webinar without slash");
        broken.remove("display_information");
        assertFalse(validate(broken).isEmpty(), "the validator must notice a broken manifest");
    }

    @Test
    void socketModeInteractivityAndHomeTabAreOn() throws IOException {
        JsonNode m = manifest();
        assertTrue(m.path("settings").path("socket_mode_enabled").asBoolean());
        assertTrue(m.path("settings").path("interactivity").path("is_enabled").asBoolean());
        assertTrue(m.path("features").path("app_home").path("home_tab_enabled").asBoolean());
    }

    @Test
    void commandsAndEventsAgreeWithTheCode() throws IOException {
        JsonNode m = manifest();
        Set<String> commands = stream(m.path("features").path("slash_commands")).map(c -> c.path("command").asText())
                .collect(Collectors.toSet());
        assertEquals(Set.of(Ids.COMMAND), commands);
        Set<String> events = stream(m.path("settings").path("event_subscriptions").path("bot_events"))
                .map(JsonNode::asText).collect(Collectors.toSet());
        assertEquals(Set.copyOf(Ids.BOT_EVENTS), events);
        // the app registers a listener for each of these events
        String app = Files.readString(repo().resolve("slack-app/src/main/java/dev/webinarops/slack/app/WebinarSlackApp.java"));
        assertTrue(app.contains("app.event(AppHomeOpenedEvent.class"), "a listener for app_home_opened");
        assertTrue(app.contains("app.command(Ids.COMMAND"), "a listener for the command");
    }

    @Test
    void botScopesAreExactlyWhatTheCodeCalls() throws IOException {
        Set<String> called = new TreeSet<>();
        Pattern call = Pattern.compile("methods(?:\\(\\))?\\.([a-z][A-Za-z]+)\\(");
        try (Stream<Path> files = Files.walk(repo().resolve("slack-app/src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher matcher = call.matcher(Files.readString(f));
                while (matcher.find()) {
                    called.add(matcher.group(1));
                }
            }
        }
        assertFalse(called.isEmpty());
        Set<String> needed = new TreeSet<>();
        for (String method : called) {
            assertTrue(SCOPE_OF.containsKey(method), "the code calls " + method + ": add its scope to this test and the manifest");
            if (!SCOPE_OF.get(method).isEmpty()) {
                needed.add(SCOPE_OF.get(method));
            }
        }
        needed.add("commands"); // the slash command
        needed.add("chat:write.public"); // cards go to channels the bot was not invited to
        Set<String> declared = stream(manifest().path("oauth_config").path("scopes").path("bot")).map(JsonNode::asText)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(needed, declared);
    }

    private static Stream<JsonNode> stream(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false);
    }

}
