package dev.webinarops.core.service;

import dev.webinarops.core.model.Recurrence;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A recurring schedule in a person's terms, turned into Zoom's recurrence object with its rules
 * checked: daily, weekly on given weekdays, monthly on a day or on the Nth weekday; ending after N
 * occurrences or at a date.
 */
public final class RecurrenceSpec {
    private RecurrenceSpec() {}

    public static Recurrence daily(int everyNDays, End end) {
        check(everyNDays, 1, 99, "daily repeat interval");
        return end.apply(new Recurrence(Recurrence.DAILY, everyNDays, null, null, null, null, null, null));
    }

    public static Recurrence weekly(int everyNWeeks, List<DayOfWeek> days, End end) {
        check(everyNWeeks, 1, 50, "weekly repeat interval");
        if (days == null || days.isEmpty()) {
            throw new IllegalArgumentException("a weekly webinar needs at least one weekday");
        }
        String weekly = days.stream().map(RecurrenceSpec::zoomDay).distinct().sorted().map(String::valueOf)
                .collect(Collectors.joining(","));
        return end.apply(new Recurrence(Recurrence.WEEKLY, everyNWeeks, weekly, null, null, null, null, null));
    }

    public static Recurrence monthlyOnDay(int everyNMonths, int dayOfMonth, End end) {
        check(everyNMonths, 1, 10, "monthly repeat interval");
        check(dayOfMonth, 1, 31, "day of the month");
        return end.apply(new Recurrence(Recurrence.MONTHLY, everyNMonths, null, dayOfMonth, null, null, null, null));
    }

    /** {@code week}: 1–4, or -1 for the last week of the month. */
    public static Recurrence monthlyOnWeekday(int everyNMonths, int week, DayOfWeek day, End end) {
        check(everyNMonths, 1, 10, "monthly repeat interval");
        if (week != -1 && (week < 1 || week > 4)) {
            throw new IllegalArgumentException("the week of the month must be 1 to 4, or -1 for the last");
        }
        return end.apply(new Recurrence(Recurrence.MONTHLY, everyNMonths, null, null, week, zoomDay(day), null, null));
    }

    /** Zoom numbers weekdays 1 (Sunday) to 7 (Saturday). */
    public static int zoomDay(DayOfWeek day) {
        return day.getValue() % 7 + 1;
    }

    public static DayOfWeek parseDay(String text) {
        String t = text.trim().toUpperCase(Locale.ROOT);
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.name().equals(t) || d.name().startsWith(t) && t.length() >= 2) {
                return d;
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not a weekday");
    }

    private static void check(int value, int min, int max, String what) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(what + " must be between " + min + " and " + max + ", not " + value);
        }
    }

    /** How the series ends. */
    public sealed interface End {
        Recurrence apply(Recurrence r);

        static End afterTimes(int times) {
            check(times, 1, 365, "number of occurrences");
            return new AfterTimes(times);
        }

        static End at(Instant endDateTime) {
            return new AtDate(endDateTime);
        }
    }

    record AfterTimes(int times) implements End {
        @Override
        public Recurrence apply(Recurrence r) {
            return new Recurrence(r.type(), r.repeatInterval(), r.weeklyDays(), r.monthlyDay(), r.monthlyWeek(),
                    r.monthlyWeekDay(), times, null);
        }
    }

    record AtDate(Instant endDateTime) implements End {
        @Override
        public Recurrence apply(Recurrence r) {
            return new Recurrence(r.type(), r.repeatInterval(), r.weeklyDays(), r.monthlyDay(), r.monthlyWeek(),
                    r.monthlyWeekDay(), null, endDateTime);
        }
    }
}
