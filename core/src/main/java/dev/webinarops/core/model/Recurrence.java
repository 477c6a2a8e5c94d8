package dev.webinarops.core.model;

import java.time.Instant;

/**
 * Zoom's recurrence object. {@code type}: 1 daily, 2 weekly, 3 monthly. {@code weeklyDays}: comma
 * separated 1 (Sunday) … 7 (Saturday). {@code monthlyWeek}: -1 last, 1–4; {@code monthlyWeekDay} 1–7.
 * Either {@code endTimes} (1–365) or {@code endDateTime}.
 */
public record Recurrence(Integer type, Integer repeatInterval, String weeklyDays, Integer monthlyDay,
        Integer monthlyWeek, Integer monthlyWeekDay, Integer endTimes, Instant endDateTime) {
    public static final int DAILY = 1;
    public static final int WEEKLY = 2;
    public static final int MONTHLY = 3;
}
