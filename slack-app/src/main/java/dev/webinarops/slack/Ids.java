package dev.webinarops.slack;

/** Every command, action, block and view id the app uses, in one place (the manifest test reads these). */
public final class Ids {
    public static final String COMMAND = "/webinar";

    public static final String APPROVE_ACTION = "approve-registrant-action";
    public static final String DENY_ACTION = "deny-registrant-action";
    public static final String APPROVE_ALL_ACTION = "approve-all-pending-action";
    public static final String MORE_ACTION = "more-results-action";
    public static final String DELETE_CONFIRM_ACTION = "delete-webinar-action";
    public static final String HOST_SELECT_ACTION = "host-select-action";

    public static final String DECISION_BLOCK = "registrant-decision-block";
    public static final String DECISION_ERROR_BLOCK = "decision-error-block";
    public static final String DECISION_OUTCOME_BLOCK = "decision-outcome-block";
    public static final String APPROVE_ALL_BLOCK = "approve-all-block";
    public static final String MORE_BLOCK = "more-results-block";

    public static final String CREATE_VIEW = "create-webinar-view";
    public static final String EDIT_VIEW = "edit-webinar-view";

    public static final String TOPIC_BLOCK = "topic-block";
    public static final String AGENDA_BLOCK = "agenda-block";
    public static final String START_BLOCK = "start-block";
    public static final String DURATION_BLOCK = "duration-block";
    public static final String TIMEZONE_BLOCK = "timezone-block";
    public static final String HOST_BLOCK = "host-block";
    public static final String APPROVAL_BLOCK = "approval-block";
    public static final String PANELISTS_BLOCK = "panelists-block";
    public static final String PASSCODE_BLOCK = "passcode-block";
    public static final String REPEAT_BLOCK = "repeat-block";
    public static final String INTERVAL_BLOCK = "interval-block";
    public static final String WEEKDAYS_BLOCK = "weekdays-block";
    public static final String OCCURRENCES_BLOCK = "occurrences-block";

    public static final String TOPIC_INPUT = "topic-input";
    public static final String AGENDA_INPUT = "agenda-input";
    public static final String START_INPUT = "start-input";
    public static final String DURATION_INPUT = "duration-input";
    public static final String TIMEZONE_INPUT = "timezone-input";
    public static final String APPROVAL_INPUT = "approval-input";
    public static final String PANELISTS_INPUT = "panelists-input";
    public static final String PASSCODE_INPUT = "passcode-input";
    public static final String REPEAT_INPUT = "repeat-input";
    public static final String INTERVAL_INPUT = "interval-input";
    public static final String WEEKDAYS_INPUT = "weekdays-input";
    public static final String OCCURRENCES_INPUT = "occurrences-input";

    /** Events the app subscribes to (the manifest must list exactly these). */
    public static final java.util.List<String> BOT_EVENTS = java.util.List.of("app_home_opened");

    private Ids() {}
}
