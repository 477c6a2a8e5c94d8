package dev.webinarops.slack.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slack.api.model.view.ViewState;
import dev.webinarops.slack.Ids;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebinarFormTest {
    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    private static Map<String, Map<String, ViewState.Value>> values(String topic, Integer start, String duration,
            String zone, String panelists) {
        Map<String, Map<String, ViewState.Value>> v = new HashMap<>();
        put(v, Ids.TOPIC_BLOCK, Ids.TOPIC_INPUT, text(topic));
        ViewState.Value s = new ViewState.Value();
        s.setSelectedDateTime(start);
        put(v, Ids.START_BLOCK, Ids.START_INPUT, s);
        put(v, Ids.DURATION_BLOCK, Ids.DURATION_INPUT, text(duration));
        put(v, Ids.TIMEZONE_BLOCK, Ids.TIMEZONE_INPUT, text(zone));
        put(v, Ids.PANELISTS_BLOCK, Ids.PANELISTS_INPUT, text(panelists));
        return v;
    }

    private static ViewState.Value text(String s) {
        ViewState.Value v = new ViewState.Value();
        v.setValue(s);
        return v;
    }

    private static void put(Map<String, Map<String, ViewState.Value>> v, String block, String action, ViewState.Value value) {
        v.computeIfAbsent(block, k -> new HashMap<>()).put(action, value);
    }

    @Test
    void validInputBecomesZoomInput() {
        int start = (int) NOW.plusSeconds(86_400).getEpochSecond();
        WebinarForm.Result r = WebinarForm.parse(values("Launch", start, "45", "America/New_York",
                "Pat <pat@x.example>, sam@y.example"), NOW, false, false);
        assertTrue(r.ok(), r.errors().toString());
        assertEquals(2, r.form().panelists().size());
        assertEquals("Pat", r.form().panelists().get(0).name());
        assertEquals(45, r.form().toInput().duration());
        assertEquals(NOW.plusSeconds(86_400), r.form().toInput().startTime());
        assertEquals("America/New_York", r.form().toInput().timezone());
    }

    @Test
    void eachBadFieldGetsItsOwnError() {
        WebinarForm.Result r = WebinarForm.parse(values("t".repeat(201), (int) NOW.minusSeconds(60).getEpochSecond(),
                "0", "Mars/Olympus", "nope"), NOW, false, false);
        assertEquals(5, r.errors().size(), r.errors().toString());
        assertTrue(r.errors().get(Ids.TIMEZONE_BLOCK).contains("Not a time zone"));
        WebinarForm.Result missing = WebinarForm.parse(values("", null, "x", "UTC", null), NOW, false, false);
        assertTrue(missing.errors().keySet().containsAll(java.util.Set.of(Ids.TOPIC_BLOCK, Ids.START_BLOCK, Ids.DURATION_BLOCK)));
    }

    /** A weekly or monthly repeat falls on the day the webinar starts in its own time zone, not in UTC. */
    @Test
    void recurrenceDaysAreTakenInTheWebinarsTimeZone() {
        // Tuesday 00:30 in Berlin is still Monday in UTC
        Instant tuesdayInBerlin = Instant.parse("2026-03-02T23:30:00Z");
        Map<String, Map<String, ViewState.Value>> weekly = values("Weekly", (int) tuesdayInBerlin.getEpochSecond(), "60",
                "Europe/Berlin", null);
        recurrence(weekly, "weekly");
        WebinarForm.Result w = WebinarForm.parse(weekly, NOW, true, false);
        assertTrue(w.ok(), w.errors().toString());
        assertEquals(String.valueOf(dev.webinarops.core.service.RecurrenceSpec.zoomDay(java.time.DayOfWeek.TUESDAY)),
                w.form().recurrence().weeklyDays());
        // 1 April 00:30 in Berlin is still 31 March in UTC
        Instant firstOfAprilInBerlin = Instant.parse("2026-03-31T22:30:00Z");
        Map<String, Map<String, ViewState.Value>> monthly = values("Monthly", (int) firstOfAprilInBerlin.getEpochSecond(),
                "60", "Europe/Berlin", null);
        recurrence(monthly, "monthly");
        WebinarForm.Result m = WebinarForm.parse(monthly, NOW, true, false);
        assertTrue(m.ok(), m.errors().toString());
        assertEquals(1, m.form().recurrence().monthlyDay());
    }

    private static void recurrence(Map<String, Map<String, ViewState.Value>> v, String kind) {
        ViewState.Value repeat = new ViewState.Value();
        com.slack.api.model.view.ViewState.SelectedOption option = new com.slack.api.model.view.ViewState.SelectedOption();
        option.setValue(kind);
        repeat.setSelectedOption(option);
        put(v, Ids.REPEAT_BLOCK, Ids.REPEAT_INPUT, repeat);
        put(v, Ids.INTERVAL_BLOCK, Ids.INTERVAL_INPUT, text("1"));
        put(v, Ids.OCCURRENCES_BLOCK, Ids.OCCURRENCES_INPUT, text("4"));
    }
}
