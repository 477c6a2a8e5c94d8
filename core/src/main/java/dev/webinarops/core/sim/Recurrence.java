package dev.webinarops.core.sim;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Occurrences of a recurring (type 9) webinar. Zoom's rules: type 1 daily, 2 weekly ({@code weekly_days}
 * "1".."7", 1 = Sunday, comma-separated), 3 monthly ({@code monthly_day}, or {@code monthly_week}
 * (1..4, -1 = last) with {@code monthly_week_day}); ends after {@code end_times} occurrences or at
 * {@code end_date_time}. Capped at {@link #MAX_OCCURRENCES} like Zoom's webinar limit.
 */
final class Recurrence {
    static final int MAX_OCCURRENCES = 60;

    static List<Instant> occurrences(JsonNode rec, Instant start, ZoneId zone) {
        int type = rec.path("type").asInt(1);
        int interval = Math.max(1, rec.path("repeat_interval").asInt(1));
        int endTimes = rec.hasNonNull("end_times") ? rec.get("end_times").asInt() : -1;
        Instant endAt = null;
        if (rec.hasNonNull("end_date_time")) {
            try {
                endAt = OffsetDateTime.parse(rec.get("end_date_time").asText()).toInstant();
            } catch (RuntimeException e) {
                endAt = null;
            }
        }
        if (endTimes <= 0 && endAt == null) {
            endTimes = 1; // Zoom's default
        }
        int limit = endTimes > 0 ? Math.min(endTimes, MAX_OCCURRENCES) : MAX_OCCURRENCES;
        ZonedDateTime first = start.atZone(zone);
        List<Instant> out = new ArrayList<>();
        int guard = 0;
        switch (type) {
            case 2 -> {
                TreeSet<Integer> days = new TreeSet<>();
                for (String d : rec.path("weekly_days").asText("").split(",")) {
                    try {
                        int v = Integer.parseInt(d.trim());
                        if (v >= 1 && v <= 7) days.add(v);
                    } catch (NumberFormatException ignored) {
                        // skipped
                    }
                }
                if (days.isEmpty()) {
                    days.add(zoomDay(first.getDayOfWeek()));
                }
                ZonedDateTime weekStart = first.with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
                while (out.size() < limit && guard++ < 1000) {
                    for (int d : days) {
                        ZonedDateTime t = weekStart.plusDays(d - 1);
                        if (t.isBefore(first)) continue;
                        if (!add(out, t, endAt, limit)) return out;
                    }
                    weekStart = weekStart.plusWeeks(interval);
                }
            }
            case 3 -> {
                ZonedDateTime month = first.withDayOfMonth(1);
                while (out.size() < limit && guard++ < 1000) {
                    ZonedDateTime t;
                    if (rec.hasNonNull("monthly_week") && rec.hasNonNull("monthly_week_day")) {
                        DayOfWeek dow = javaDay(rec.get("monthly_week_day").asInt());
                        int week = rec.get("monthly_week").asInt();
                        LocalDate date = week == -1
                                ? month.toLocalDate().with(TemporalAdjusters.lastInMonth(dow))
                                : month.toLocalDate().with(TemporalAdjusters.dayOfWeekInMonth(week, dow));
                        t = month.with(date);
                    } else {
                        int day = rec.path("monthly_day").asInt(first.getDayOfMonth());
                        int len = month.toLocalDate().lengthOfMonth();
                        t = day > len ? null : month.withDayOfMonth(day);
                    }
                    if (t != null && !t.isBefore(first) && !add(out, t, endAt, limit)) return out;
                    month = month.plusMonths(interval);
                }
            }
            default -> {
                ZonedDateTime t = first;
                while (out.size() < limit && guard++ < 1000) {
                    if (!add(out, t, endAt, limit)) return out;
                    t = t.plus(interval, ChronoUnit.DAYS);
                }
            }
        }
        return out;
    }

    private static boolean add(List<Instant> out, ZonedDateTime t, Instant endAt, int limit) {
        if (out.size() >= limit || (endAt != null && t.toInstant().isAfter(endAt))) {
            return false;
        }
        out.add(t.toInstant());
        return true;
    }

    /** Zoom numbers days 1 = Sunday .. 7 = Saturday. */
    static int zoomDay(DayOfWeek d) {
        return d.getValue() % 7 + 1;
    }

    static DayOfWeek javaDay(int zoomDay) {
        int z = Math.min(7, Math.max(1, zoomDay));
        return z == 1 ? DayOfWeek.SUNDAY : DayOfWeek.of(z - 1);
    }

    static ZoneId zone(String timezone) {
        try {
            return timezone == null || timezone.isBlank() ? ZoneOffset.UTC : ZoneId.of(timezone);
        } catch (RuntimeException e) {
            return ZoneOffset.UTC;
        }
    }

    private Recurrence() {}
}
