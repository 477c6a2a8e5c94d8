package dev.webinarops.core.api;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The operation catalogue: every Zoom operation this project supports, named by Zoom's own
 * {@code operationId}. Typed services, MCP tools, docs and the coverage test are driven from it.
 */
public enum ZoomOperation {
    DELETE_WEBINAR_CHAT_MESSAGE_BY_ID("deleteWebinarChatMessageById", HttpMethod.DELETE, "/live_webinars/{webinarId}/chat/messages/{messageId}", RateLimitLabel.MEDIUM, Toolset.CHAT,
            true, false, "Delete a live webinar message",
            List.of("webinar:write", "webinar:write:admin")),
    WEBINAR_ABSENTEES("webinarAbsentees", HttpMethod.GET, "/past_webinars/{WebinarUUID}/absentees", RateLimitLabel.HEAVY, Toolset.REPORTS,
            false, true, "Get webinar absentees",
            List.of("webinar:read:admin", "webinar:read")),
    PAST_WEBINARS("pastWebinars", HttpMethod.GET, "/past_webinars/{webinarId}/instances", RateLimitLabel.LIGHT, Toolset.REPORTS,
            false, false, "List past webinar instances",
            List.of("webinar:read:admin", "webinar:read")),
    LIST_WEBINAR_PARTICIPANTS("listWebinarParticipants", HttpMethod.GET, "/past_webinars/{webinarId}/participants", RateLimitLabel.MEDIUM, Toolset.REPORTS,
            false, true, "List webinar participants",
            List.of("webinar:read:admin", "webinar:read")),
    LIST_PAST_WEBINAR_POLL_RESULTS("listPastWebinarPollResults", HttpMethod.GET, "/past_webinars/{webinarId}/polls", RateLimitLabel.MEDIUM, Toolset.REPORTS,
            false, false, "List past webinar poll results",
            List.of("webinar:read:admin", "webinar:read")),
    LIST_PAST_WEBINAR_QA("listPastWebinarQA", HttpMethod.GET, "/past_webinars/{webinarId}/qa", RateLimitLabel.MEDIUM, Toolset.REPORTS,
            false, false, "List Q&A of past webinar",
            List.of("webinar:read:admin", "webinar:read")),
    USERS("users", HttpMethod.GET, "/users", RateLimitLabel.MEDIUM, Toolset.USERS,
            false, true, "List users",
            List.of("user:read:admin")),
    USER("user", HttpMethod.GET, "/users/{userId}", RateLimitLabel.LIGHT, Toolset.USERS,
            false, false, "Get a user",
            List.of("user:read:admin", "user:read", "user_info:read")),
    LIST_WEBINAR_TEMPLATES("listWebinarTemplates", HttpMethod.GET, "/users/{userId}/webinar_templates", RateLimitLabel.UNLABELLED, Toolset.TEMPLATES,
            false, false, "List webinar templates",
            List.of("webinar:read", "webinar:read:admin")),
    WEBINAR_TEMPLATE_CREATE("webinarTemplateCreate", HttpMethod.POST, "/users/{userId}/webinar_templates", RateLimitLabel.MEDIUM, Toolset.TEMPLATES,
            false, false, "Create a webinar template",
            List.of("webinar:write:admin", "webinar:write")),
    WEBINARS("webinars", HttpMethod.GET, "/users/{userId}/webinars", RateLimitLabel.MEDIUM, Toolset.WEBINARS,
            false, false, "List webinars",
            List.of("webinar:read:admin", "webinar:read")),
    WEBINAR_CREATE("webinarCreate", HttpMethod.POST, "/users/{userId}/webinars", RateLimitLabel.LIGHT, Toolset.WEBINARS,
            false, false, "Create a webinar",
            List.of("webinar:write:admin", "webinar:write")),
    WEBINAR_DELETE("webinarDelete", HttpMethod.DELETE, "/webinars/{webinarId}", RateLimitLabel.LIGHT, Toolset.WEBINARS,
            true, false, "Delete a webinar",
            List.of("webinar:write:admin", "webinar:write")),
    WEBINAR("webinar", HttpMethod.GET, "/webinars/{webinarId}", RateLimitLabel.LIGHT, Toolset.WEBINARS,
            false, false, "Get a webinar",
            List.of("webinar:read:admin", "webinar:read")),
    WEBINAR_UPDATE("webinarUpdate", HttpMethod.PATCH, "/webinars/{webinarId}", RateLimitLabel.LIGHT, Toolset.WEBINARS,
            false, false, "Update a webinar",
            List.of("webinar:write:admin", "webinar:write")),
    ADD_BATCH_WEBINAR_REGISTRANTS("addBatchWebinarRegistrants", HttpMethod.POST, "/webinars/{webinarId}/batch_registrants", RateLimitLabel.HEAVY, Toolset.REGISTRANTS,
            false, false, "Perform batch registration",
            List.of("webinar:write", "webinar:write:admin")),
    GET_WEBINAR_BRANDING("getWebinarBranding", HttpMethod.GET, "/webinars/{webinarId}/branding", RateLimitLabel.LIGHT, Toolset.BRANDING,
            false, false, "Get webinar's session branding",
            List.of("webinar:read", "webinar:read:admin")),
    DELETE_WEBINAR_BRANDING_NAME_TAG("deleteWebinarBrandingNameTag", HttpMethod.DELETE, "/webinars/{webinarId}/branding/name_tags", RateLimitLabel.LIGHT, Toolset.BRANDING,
            true, false, "Delete a webinar's branding name tag",
            List.of("webinar:write", "webinar:write:admin")),
    CREATE_WEBINAR_BRANDING_NAME_TAG("createWebinarBrandingNameTag", HttpMethod.POST, "/webinars/{webinarId}/branding/name_tags", RateLimitLabel.MEDIUM, Toolset.BRANDING,
            false, false, "Create a webinar's branding name tag",
            List.of("webinar:write", "webinar:write:admin")),
    UPDATE_WEBINAR_BRANDING_NAME_TAG("updateWebinarBrandingNameTag", HttpMethod.PATCH, "/webinars/{webinarId}/branding/name_tags/{nameTagId}", RateLimitLabel.MEDIUM, Toolset.BRANDING,
            false, false, "Update a webinar's branding name tag",
            List.of("webinar:write", "webinar:write:admin")),
    DELETE_WEBINAR_BRANDING_VB("deleteWebinarBrandingVB", HttpMethod.DELETE, "/webinars/{webinarId}/branding/virtual_backgrounds", RateLimitLabel.LIGHT, Toolset.BRANDING,
            true, false, "Delete a webinar's branding Virtual Backgrounds",
            List.of("webinar:write", "webinar:write:admin")),
    SET_WEBINAR_BRANDING_VB("setWebinarBrandingVB", HttpMethod.PATCH, "/webinars/{webinarId}/branding/virtual_backgrounds", RateLimitLabel.LIGHT, Toolset.BRANDING,
            false, false, "Set webinar's default branding Virtual Background",
            List.of("webinar:write", "webinar:write:admin")),
    UPLOAD_WEBINAR_BRANDING_VB("uploadWebinarBrandingVB", HttpMethod.POST, "/webinars/{webinarId}/branding/virtual_backgrounds", RateLimitLabel.MEDIUM, Toolset.BRANDING,
            false, false, "Upload a webinar's branding Virtual Background",
            List.of("webinar:write", "webinar:write:admin")),
    DELETE_WEBINAR_BRANDING_WALLPAPER("deleteWebinarBrandingWallpaper", HttpMethod.DELETE, "/webinars/{webinarId}/branding/wallpaper", RateLimitLabel.LIGHT, Toolset.BRANDING,
            true, false, "Delete a webinar's branding wallpaper",
            List.of("webinar:write", "webinar:write:admin")),
    UPLOAD_WEBINAR_BRANDING_WALLPAPER("uploadWebinarBrandingWallpaper", HttpMethod.POST, "/webinars/{webinarId}/branding/wallpaper", RateLimitLabel.MEDIUM, Toolset.BRANDING,
            false, false, "Upload a webinar's branding wallpaper",
            List.of("webinar:write", "webinar:write:admin")),
    WEBINAR_INVITE_LINKS_CREATE("webinarInviteLinksCreate", HttpMethod.POST, "/webinars/{webinarId}/invite_links", RateLimitLabel.LIGHT, Toolset.WEBINARS,
            false, false, "Create webinar's invite links",
            List.of("webinar:write:admin", "webinar:write")),
    WEBINAR_LIVE_STREAMING_JOIN_TOKEN("webinarLiveStreamingJoinToken", HttpMethod.GET, "/webinars/{webinarId}/jointoken/live_streaming", RateLimitLabel.LIGHT, Toolset.STREAMING,
            false, false, "Get a webinar's join token for live streaming",
            List.of("webinar_token:read:admin:live_streaming", "webinar_token:read:live_streaming")),
    WEBINAR_LOCAL_ARCHIVING_ARCHIVE_TOKEN("webinarLocalArchivingArchiveToken", HttpMethod.GET, "/webinars/{webinarId}/jointoken/local_archiving", RateLimitLabel.LIGHT, Toolset.STREAMING,
            false, false, "Get a webinar's archive token for local archiving",
            List.of("webinar_token:read:admin:local_archiving")),
    WEBINAR_LOCAL_RECORDING_JOIN_TOKEN("webinarLocalRecordingJoinToken", HttpMethod.GET, "/webinars/{webinarId}/jointoken/local_recording", RateLimitLabel.LIGHT, Toolset.STREAMING,
            false, false, "Get a webinar's join token for local recording",
            List.of("webinar_token:read:admin:local_recording", "webinar_token:read:local_recording")),
    GET_WEBINAR_LIVE_STREAM_DETAILS("getWebinarLiveStreamDetails", HttpMethod.GET, "/webinars/{webinarId}/livestream", RateLimitLabel.LIGHT, Toolset.STREAMING,
            false, false, "Get live stream details",
            List.of("webinar:read:admin", "webinar:read")),
    WEBINAR_LIVE_STREAM_UPDATE("webinarLiveStreamUpdate", HttpMethod.PATCH, "/webinars/{webinarId}/livestream", RateLimitLabel.LIGHT, Toolset.STREAMING,
            false, false, "Update a live stream",
            List.of("webinar:write:admin", "webinar:write")),
    WEBINAR_LIVE_STREAM_STATUS_UPDATE("webinarLiveStreamStatusUpdate", HttpMethod.PATCH, "/webinars/{webinarId}/livestream/status", RateLimitLabel.LIGHT, Toolset.STREAMING,
            false, false, "Update Live Stream Status",
            List.of("webinar:write:admin", "webinar:write")),
    WEBINAR_PANELISTS_DELETE("webinarPanelistsDelete", HttpMethod.DELETE, "/webinars/{webinarId}/panelists", RateLimitLabel.LIGHT, Toolset.PANELISTS,
            true, false, "Remove panelists",
            List.of("webinar:write:admin", "webinar:write")),
    WEBINAR_PANELISTS("webinarPanelists", HttpMethod.GET, "/webinars/{webinarId}/panelists", RateLimitLabel.MEDIUM, Toolset.PANELISTS,
            false, false, "List panelists",
            List.of("webinar:read:admin", "webinar:read")),
    WEBINAR_PANELIST_CREATE("webinarPanelistCreate", HttpMethod.POST, "/webinars/{webinarId}/panelists", RateLimitLabel.MEDIUM, Toolset.PANELISTS,
            false, false, "Add panelists",
            List.of("webinar:write:admin", "webinar:write")),
    WEBINAR_PANELIST_DELETE("webinarPanelistDelete", HttpMethod.DELETE, "/webinars/{webinarId}/panelists/{panelistId}", RateLimitLabel.LIGHT, Toolset.PANELISTS,
            true, false, "Remove a panelist",
            List.of("webinar:write:admin", "webinar:write")),
    WEBINAR_POLLS("webinarPolls", HttpMethod.GET, "/webinars/{webinarId}/polls", RateLimitLabel.LIGHT, Toolset.POLLS,
            false, false, "List a webinar's polls",
            List.of("webinar:read:admin", "webinar:read")),
    WEBINAR_POLL_CREATE("webinarPollCreate", HttpMethod.POST, "/webinars/{webinarId}/polls", RateLimitLabel.LIGHT, Toolset.POLLS,
            false, false, "Create a webinar's poll",
            List.of("webinar:write:admin", "webinar:write")),
    WEBINAR_POLL_DELETE("webinarPollDelete", HttpMethod.DELETE, "/webinars/{webinarId}/polls/{pollId}", RateLimitLabel.LIGHT, Toolset.POLLS,
            true, false, "Delete a webinar poll",
            List.of("webinar:write:admin", "webinar:write")),
    WEBINAR_POLL_GET("webinarPollGet", HttpMethod.GET, "/webinars/{webinarId}/polls/{pollId}", RateLimitLabel.LIGHT, Toolset.POLLS,
            false, false, "Get a webinar poll",
            List.of("webinar:read:admin", "webinar:read")),
    WEBINAR_POLL_UPDATE("webinarPollUpdate", HttpMethod.PUT, "/webinars/{webinarId}/polls/{pollId}", RateLimitLabel.LIGHT, Toolset.POLLS,
            false, false, "Update a webinar poll",
            List.of("webinar:write:admin", "webinar:write")),
    WEBINAR_REGISTRANTS("webinarRegistrants", HttpMethod.GET, "/webinars/{webinarId}/registrants", RateLimitLabel.MEDIUM, Toolset.REGISTRANTS,
            false, true, "List webinar registrants",
            List.of("webinar:read:admin", "webinar:read")),
    WEBINAR_REGISTRANT_CREATE("webinarRegistrantCreate", HttpMethod.POST, "/webinars/{webinarId}/registrants", RateLimitLabel.LIGHT, Toolset.REGISTRANTS,
            false, false, "Add a webinar registrant",
            List.of("webinar:write:admin", "webinar:write")),
    WEBINAR_REGISTRANTS_QUESTIONS_GET("webinarRegistrantsQuestionsGet", HttpMethod.GET, "/webinars/{webinarId}/registrants/questions", RateLimitLabel.LIGHT, Toolset.REGISTRANTS,
            false, false, "List registration questions",
            List.of("webinar:read:admin", "webinar:read")),
    WEBINAR_REGISTRANT_QUESTION_UPDATE("webinarRegistrantQuestionUpdate", HttpMethod.PATCH, "/webinars/{webinarId}/registrants/questions", RateLimitLabel.LIGHT, Toolset.REGISTRANTS,
            false, false, "Update registration questions",
            List.of("webinar:write:admin", "webinar:write")),
    WEBINAR_REGISTRANT_STATUS("webinarRegistrantStatus", HttpMethod.PUT, "/webinars/{webinarId}/registrants/status", RateLimitLabel.MEDIUM, Toolset.REGISTRANTS,
            false, false, "Update registrant's status",
            List.of("webinar:write:admin", "webinar:write")),
    DELETE_WEBINAR_REGISTRANT("deleteWebinarRegistrant", HttpMethod.DELETE, "/webinars/{webinarId}/registrants/{registrantId}", RateLimitLabel.LIGHT, Toolset.REGISTRANTS,
            true, false, "Delete a webinar registrant",
            List.of("webinar:write:admin", "webinar:write")),
    WEBINAR_REGISTRANT_GET("webinarRegistrantGet", HttpMethod.GET, "/webinars/{webinarId}/registrants/{registrantId}", RateLimitLabel.LIGHT, Toolset.REGISTRANTS,
            false, false, "Get a webinar registrant",
            List.of("webinar:read:admin", "webinar:read")),
    WEBINAR_STATUS("webinarStatus", HttpMethod.PUT, "/webinars/{webinarId}/status", RateLimitLabel.LIGHT, Toolset.WEBINARS,
            true, false, "Update webinar status",
            List.of("webinar:write:admin", "webinar:write")),
    WEBINAR_SURVEY_DELETE("webinarSurveyDelete", HttpMethod.DELETE, "/webinars/{webinarId}/survey", RateLimitLabel.LIGHT, Toolset.SURVEYS,
            true, false, "Delete a webinar survey",
            List.of("webinar:write", "webinar:write:admin")),
    WEBINAR_SURVEY_GET("webinarSurveyGet", HttpMethod.GET, "/webinars/{webinarId}/survey", RateLimitLabel.LIGHT, Toolset.SURVEYS,
            false, false, "Get a webinar survey",
            List.of("webinar:read", "webinar:read:admin")),
    WEBINAR_SURVEY_UPDATE("webinarSurveyUpdate", HttpMethod.PATCH, "/webinars/{webinarId}/survey", RateLimitLabel.LIGHT, Toolset.SURVEYS,
            false, false, "Update a webinar survey",
            List.of("webinar:write", "webinar:write:admin")),
    WEBINAR_TOKEN("webinarToken", HttpMethod.GET, "/webinars/{webinarId}/token", RateLimitLabel.LIGHT, Toolset.STREAMING,
            false, false, "Get webinar's token",
            List.of("webinar:read", "webinar:read:admin")),
    GET_TRACKING_SOURCES("getTrackingSources", HttpMethod.GET, "/webinars/{webinarId}/tracking_sources", RateLimitLabel.MEDIUM, Toolset.WEBINARS,
            false, false, "Get webinar tracking sources",
            List.of("webinar:read:admin", "webinar:read"));

    private static final Map<String, ZoomOperation> BY_OPERATION_ID =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(ZoomOperation::operationId, Function.identity()));

    private final String operationId;
    private final HttpMethod method;
    private final String pathTemplate;
    private final RateLimitLabel rateLimitLabel;
    private final Toolset toolset;
    private final boolean destructive;
    private final boolean paginated;
    private final String summary;
    private final List<String> scopes;

    ZoomOperation(String operationId, HttpMethod method, String pathTemplate, RateLimitLabel rateLimitLabel,
            Toolset toolset, boolean destructive, boolean paginated, String summary, List<String> scopes) {
        this.operationId = operationId;
        this.method = method;
        this.pathTemplate = pathTemplate;
        this.rateLimitLabel = rateLimitLabel;
        this.toolset = toolset;
        this.destructive = destructive;
        this.paginated = paginated;
        this.summary = summary;
        this.scopes = scopes;
    }

    public String operationId() { return operationId; }
    public HttpMethod method() { return method; }
    public String pathTemplate() { return pathTemplate; }
    public RateLimitLabel rateLimitLabel() { return rateLimitLabel; }
    public Toolset toolset() { return toolset; }
    public boolean destructive() { return destructive; }
    /** Pages with {@code next_page_token}. */
    public boolean paginated() { return paginated; }
    public String summary() { return summary; }
    /** Scopes Zoom accepts for this operation; any one of them is enough. */
    public List<String> scopes() { return scopes; }
    public boolean readOnly() { return method == HttpMethod.GET; }
    /** Safe to send twice: everything but POST. */
    public boolean idempotent() { return method != HttpMethod.POST; }

    /** Names of the path parameters, in template order. */
    public List<String> pathParameters() {
        return java.util.regex.Pattern.compile("\\{([^}]+)}").matcher(pathTemplate).results()
                .map(m -> m.group(1)).toList();
    }

    public static Optional<ZoomOperation> byOperationId(String operationId) {
        return Optional.ofNullable(BY_OPERATION_ID.get(operationId));
    }
}
