package dev.webinarops.slack.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CommandLineTest {
    @Test
    void parsesVerbsIdsAndArguments() {
        CommandLine c = CommandLine.parse("  registrants 812   Pending ");
        assertEquals("registrants", c.verb());
        assertEquals(812L, c.webinarId());
        assertEquals(List.of("Pending"), c.args());
        assertThrows(IllegalArgumentException.class, () -> CommandLine.parse("registrants 812 3456"),
                "a status that is not pending|approved|denied");
        CommandLine a = CommandLine.parse("APPROVE 81234567890 frank@acme.example");
        assertEquals("approve", a.verb());
        assertEquals(List.of("frank@acme.example"), a.args());
        assertEquals("help", CommandLine.parse("").verb());
        assertEquals("create", CommandLine.parse("create recurring").verb());
    }

    @Test
    void malformedInputSaysWhatIsWrong() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> CommandLine.parse("show")).getMessage()
                .contains("needs a webinar id"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> CommandLine.parse("show abc")).getMessage()
                .contains("is not a webinar id"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> CommandLine.parse("approve 1 frank")).getMessage()
                .contains("not an email"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> CommandLine.parse("dance")).getMessage()
                .contains("don't know"));
        assertThrows(IllegalArgumentException.class, () -> CommandLine.parse("create weekly"));
        assertThrows(IllegalArgumentException.class, () -> CommandLine.parse("token please"));
        assertThrows(IllegalArgumentException.class, () -> CommandLine.parse("panelists 1 juggle a@b.c"));
    }

    @Test
    void changesNeedAnAdmin() {
        for (String s : List.of("create", "edit 1", "delete 1", "end 1", "approve 1 a@b.c", "deny 1 a@b.c", "watch 1",
                "unwatch 1", "panelists 1 add a@b.c", "panelists 1 remove a@b.c", "token")) {
            assertTrue(CommandLine.parse(s).changes(), s);
        }
        for (String s : List.of("list", "show 1", "registrants 1", "pending 1", "panelists 1", "polls 1", "qa 1",
                "participants 1", "absentees 1", "links 1")) {
            assertFalse(CommandLine.parse(s).changes(), s);
        }
    }
}
