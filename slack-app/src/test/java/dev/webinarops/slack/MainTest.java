package dev.webinarops.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Start-up failures: one clear line on stderr, nothing on stdout, a non-zero exit. */
class MainTest {
    @TempDir
    Path dir;

    private record Run(int exit, String stdout, String stderr) {}

    private Run run(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().clear();
        pb.environment().put("HOME", dir.toString());
        pb.environment().putAll(env);
        Process p = pb.start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        return new Run(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    @Test
    void missingTokensStopWithOneLine() throws Exception {
        Run r = run(Map.of("SLACK_ADMIN_USERS", "U1"));
        assertEquals(2, r.exit());
        assertEquals("", r.stdout());
        assertEquals(1, r.stderr().strip().lines().count(), r.stderr());
        assertTrue(r.stderr().contains("SLACK_BOT_TOKEN and SLACK_APP_TOKEN"), r.stderr());
    }

    @Test
    void anUnreachableSlackStopsWithOneLineAndNoSecret() throws Exception {
        Run r = run(Map.of("SLACK_BOT_TOKEN", "xoxb-secret-bot-token-123", "SLACK_APP_TOKEN", "xapp-1-secret-app-token-456",
                "SLACK_ADMIN_USERS", "U1", "SLACK_API_BASE_URL", "http://127.0.0.1:9/api/",
                "SLACK_STORE_PATH", dir.resolve("db").toString()), "--sandbox");
        assertEquals(2, r.exit(), r.stderr());
        String last = r.stderr().strip().lines().reduce((a, b) -> b).orElse("");
        assertTrue(last.startsWith("slack-app: could not open the Socket Mode connection"), r.stderr());
        assertTrue(last.contains("127.0.0.1:9"), "says what failed: " + last);
        assertTrue(!r.stderr().contains("secret-bot-token") && !r.stderr().contains("secret-app-token"), r.stderr());
    }
}
