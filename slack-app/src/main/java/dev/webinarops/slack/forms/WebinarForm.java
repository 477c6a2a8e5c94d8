package dev.webinarops.slack.forms;

import com.slack.api.model.view.ViewState;
import dev.webinarops.core.model.Panelist;
import dev.webinarops.core.model.Recurrence;
import dev.webinarops.core.model.WebinarInput;
import dev.webinarops.core.model.WebinarSettings;
import dev.webinarops.core.service.RecurrenceSpec;
import dev.webinarops.slack.Ids;
import dev.webinarops.slack.views.ModalViews;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The create/edit modal's values, checked. Errors are keyed by block id, ready for
 * {@code response_action: errors}; when there are any, nothing goes to Zoom.
 */
public record WebinarForm(String topic, String agenda, Instant start, int duration, String timezone, String hostId,
        Integer approvalType, List<Panelist> panelists, String passcode, Recurrence recurrence) {

    public static final int MIN_DURATION = 1;
    public static final int MAX_DURATION = 1440;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>,;]+@[^@\\s<>,;]+\\.[^@\\s<>,;]+");
    private static final Pattern NAMED = Pattern.compile("\\s*(.*?)\\s*<([^>]+)>\\s*");
    private static final Pattern PASSCODE = Pattern.compile("[A-Za-z0-9@_*-]{1,10}");

    /** The outcome of reading a submission: a form, or errors by block id. */
    public record Result(WebinarForm form, Map<String, String> errors) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    public static Result parse(Map<String, Map<String, ViewState.Value>> values, Instant now, boolean recurring,
            boolean editing) {
        Map<String, String> errors = new LinkedHashMap<>();
        String topic = text(values, Ids.TOPIC_BLOCK, Ids.TOPIC_INPUT);
        if (topic == null || topic.isBlank()) {
            errors.put(Ids.TOPIC_BLOCK, "A topic is required.");
        } else if (topic.length() > ModalViews.MAX_TOPIC) {
            errors.put(Ids.TOPIC_BLOCK, "The topic is too long: at most " + ModalViews.MAX_TOPIC + " characters (it has "
                    + topic.length() + ").");
        }
        String agenda = text(values, Ids.AGENDA_BLOCK, Ids.AGENDA_INPUT);
        if (agenda != null && agenda.length() > 2000) {
            errors.put(Ids.AGENDA_BLOCK, "The agenda is too long: at most 2000 characters.");
        }
        Instant start = null;
        ViewState.Value startValue = value(values, Ids.START_BLOCK, Ids.START_INPUT);
        if (startValue == null || startValue.getSelectedDateTime() == null) {
            errors.put(Ids.START_BLOCK, "Choose when it starts.");
        } else {
            start = Instant.ofEpochSecond(startValue.getSelectedDateTime());
            if (!start.isAfter(now)) {
                errors.put(Ids.START_BLOCK, "The start is in the past; choose a later time.");
            }
        }
        int duration = 0;
        String durationText = text(values, Ids.DURATION_BLOCK, Ids.DURATION_INPUT);
        try {
            duration = Integer.parseInt(durationText == null ? "" : durationText.trim());
            if (duration < MIN_DURATION || duration > MAX_DURATION) {
                errors.put(Ids.DURATION_BLOCK, "The duration must be " + MIN_DURATION + " to " + MAX_DURATION + " minutes.");
            }
        } catch (NumberFormatException e) {
            errors.put(Ids.DURATION_BLOCK, "The duration must be a whole number of minutes.");
        }
        String zone = text(values, Ids.TIMEZONE_BLOCK, Ids.TIMEZONE_INPUT);
        if (zone == null || zone.isBlank()) {
            zone = "UTC";
        }
        ZoneId zoneId = ZoneOffset.UTC;
        try {
            ZoneId id = ZoneId.of(zone.trim());
            if (id instanceof ZoneOffset && !zone.trim().equals("UTC") && !zone.trim().equals("Z")) {
                throw new DateTimeException("offset");
            }
            zone = id.getId().equals("Z") ? "UTC" : id.getId();
            zoneId = id;
        } catch (DateTimeException e) {
            errors.put(Ids.TIMEZONE_BLOCK, "Not a time zone: use a name such as Europe/Berlin or UTC.");
        }
        String host = null;
        ViewState.Value hostValue = value(values, Ids.HOST_BLOCK, Ids.HOST_SELECT_ACTION);
        if (hostValue != null && hostValue.getSelectedOption() != null) {
            host = hostValue.getSelectedOption().getValue();
        }
        Integer approval = null;
        ViewState.Value approvalValue = value(values, Ids.APPROVAL_BLOCK, Ids.APPROVAL_INPUT);
        if (approvalValue != null && approvalValue.getSelectedOption() != null) {
            approval = Integer.valueOf(approvalValue.getSelectedOption().getValue());
        }
        List<Panelist> panelists = new ArrayList<>();
        String panelistText = text(values, Ids.PANELISTS_BLOCK, Ids.PANELISTS_INPUT);
        if (panelistText != null && !panelistText.isBlank()) {
            for (String entry : panelistText.split("[,;\\n]+")) {
                if (entry.isBlank()) {
                    continue;
                }
                String name;
                String email;
                Matcher m = NAMED.matcher(entry);
                if (m.matches()) {
                    name = m.group(1);
                    email = m.group(2).trim();
                } else {
                    email = entry.trim();
                    name = email.contains("@") ? email.substring(0, email.indexOf('@')) : email;
                }
                if (!EMAIL.matcher(email).matches()) {
                    errors.put(Ids.PANELISTS_BLOCK, "Not an email address: " + email);
                    break;
                }
                panelists.add(Panelist.of(name.isBlank() ? email : name, email));
            }
        }
        String passcode = text(values, Ids.PASSCODE_BLOCK, Ids.PASSCODE_INPUT);
        if (passcode != null && !passcode.isBlank() && !PASSCODE.matcher(passcode.trim()).matches()) {
            errors.put(Ids.PASSCODE_BLOCK, "A passcode is 1 to 10 letters, digits or @ - _ *.");
        }
        Recurrence recurrence = null;
        if (recurring) {
            recurrence = recurrence(values, start, zoneId, errors);
        }
        if (!errors.isEmpty()) {
            return new Result(null, errors);
        }
        return new Result(new WebinarForm(topic.trim(), blankToNull(agenda), start, duration, zone, host, approval,
                List.copyOf(panelists), blankToNull(passcode), recurrence), Map.of());
    }

    /** Zoom repeats on days of the webinar's own time zone, so the start's day is taken there. */
    private static Recurrence recurrence(Map<String, Map<String, ViewState.Value>> values, Instant start, ZoneId zone,
            Map<String, String> errors) {
        ViewState.Value repeat = value(values, Ids.REPEAT_BLOCK, Ids.REPEAT_INPUT);
        String kind = repeat == null || repeat.getSelectedOption() == null ? "weekly" : repeat.getSelectedOption().getValue();
        int interval;
        int times;
        try {
            interval = Integer.parseInt(String.valueOf(text(values, Ids.INTERVAL_BLOCK, Ids.INTERVAL_INPUT)).trim());
        } catch (NumberFormatException e) {
            errors.put(Ids.INTERVAL_BLOCK, "Enter a whole number.");
            return null;
        }
        try {
            times = Integer.parseInt(String.valueOf(text(values, Ids.OCCURRENCES_BLOCK, Ids.OCCURRENCES_INPUT)).trim());
        } catch (NumberFormatException e) {
            errors.put(Ids.OCCURRENCES_BLOCK, "Enter a whole number.");
            return null;
        }
        RecurrenceSpec.End end;
        try {
            end = RecurrenceSpec.End.afterTimes(times);
        } catch (IllegalArgumentException e) {
            errors.put(Ids.OCCURRENCES_BLOCK, capital(e.getMessage()) + ".");
            return null;
        }
        try {
            return switch (kind) {
                case "daily" -> RecurrenceSpec.daily(interval, end);
                case "monthly" -> RecurrenceSpec.monthlyOnDay(interval,
                        start == null ? 1 : start.atZone(zone).getDayOfMonth(), end);
                default -> {
                    ViewState.Value days = value(values, Ids.WEEKDAYS_BLOCK, Ids.WEEKDAYS_INPUT);
                    List<DayOfWeek> chosen = new ArrayList<>();
                    if (days != null && days.getSelectedOptions() != null) {
                        days.getSelectedOptions().forEach(o -> chosen.add(DayOfWeek.valueOf(o.getValue())));
                    }
                    if (chosen.isEmpty()) {
                        if (start == null) {
                            errors.put(Ids.WEEKDAYS_BLOCK, "Choose at least one weekday.");
                            yield null;
                        }
                        chosen.add(start.atZone(zone).getDayOfWeek());
                    }
                    yield RecurrenceSpec.weekly(interval, chosen, end);
                }
            };
        } catch (IllegalArgumentException e) {
            errors.put(Ids.INTERVAL_BLOCK, capital(e.getMessage()) + ".");
            return null;
        }
    }

    /** The Zoom input for creating this webinar. */
    public WebinarInput toInput() {
        WebinarInput input = WebinarInput.scheduled(topic, start, duration, timezone);
        if (agenda != null) {
            input = input.withAgenda(agenda);
        }
        if (passcode != null) {
            input = input.withPassword(passcode);
        }
        if (approvalType != null) {
            input = input.withSettings(WebinarSettings.approval(approvalType));
        }
        return input;
    }

    /** The changes for PATCH (edit): what the edit modal shows. */
    public WebinarInput toChanges() {
        return new WebinarInput(topic, null, start, duration, timezone, agenda, null, null, null, null, null);
    }

    private static ViewState.Value value(Map<String, Map<String, ViewState.Value>> values, String block, String action) {
        Map<String, ViewState.Value> b = values == null ? null : values.get(block);
        return b == null ? null : b.get(action);
    }

    private static String text(Map<String, Map<String, ViewState.Value>> values, String block, String action) {
        ViewState.Value v = value(values, block, action);
        return v == null ? null : v.getValue();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static String capital(String s) {
        return s == null || s.isEmpty() ? "Invalid." : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
