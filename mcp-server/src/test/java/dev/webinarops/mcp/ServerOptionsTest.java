package dev.webinarops.mcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ServerOptionsTest {

    @Test
    void parsesEveryOption() {
        ServerOptions o = ServerOptions.parse("--sandbox", "--read-only", "--toolsets", "Webinars, registrants",
                "--http=8080", "--host", "0.0.0.0");
        assertTrue(o.sandbox());
        assertTrue(o.readOnly());
        assertEquals(Set.of("webinars", "registrants"), o.toolsets());
        assertEquals(Optional.of(8080), o.httpPort());
        assertEquals("0.0.0.0", o.httpHost());
    }

    @Test
    void defaultsExposeEverythingOnStdioAndLoopback() {
        ServerOptions o = ServerOptions.parse();
        assertFalse(o.sandbox() || o.readOnly());
        assertTrue(o.toolsetEnabled("polls"));
        assertEquals(Optional.empty(), o.httpPort());
        assertEquals("127.0.0.1", o.httpHost());
    }

    @Test
    void theAccountToolsetIsAlwaysOn() {
        ServerOptions o = ServerOptions.parse("--toolsets", "polls");
        assertTrue(o.toolsetEnabled("polls"));
        assertTrue(o.toolsetEnabled(ServerOptions.ACCOUNT_TOOLSET));
        assertFalse(o.toolsetEnabled("webinars"));
    }

    @Test
    void mistakesAreNamed() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ServerOptions.parse("--toolsets", "meetings"))
                .getMessage().contains("unknown toolset 'meetings'"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ServerOptions.parse("--http", "http"))
                .getMessage().contains("port number"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ServerOptions.parse("--verbose"))
                .getMessage().contains("unknown option '--verbose'"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ServerOptions.parse("--toolsets"))
                .getMessage().contains("needs a value"));
    }
}
