package dev.webinarops.core.model;

import java.util.List;

/**
 * The webinar settings this project reads and writes. {@code approvalType}: 0 automatic, 1 manual,
 * 2 no registration required. {@code registrationType}: 1 once for all occurrences, 2 each occurrence,
 * 3 once and choose occurrences.
 */
public record WebinarSettings(Integer approvalType, Integer registrationType, Boolean hostVideo, Boolean panelistsVideo,
        Boolean practiceSession, Boolean hdVideo, String audio, String autoRecording, Boolean onDemand,
        Boolean registrantsEmailNotification, Boolean registrantsConfirmationEmail, Boolean closeRegistration,
        Boolean showShareButton, Boolean allowMultipleDevices, String alternativeHosts, String contactName,
        String contactEmail, Integer registrantsRestrictNumber, Boolean postWebinarSurvey, String surveyUrl,
        Boolean meetingAuthentication, Boolean panelistsInvitationEmailNotification, String emailLanguage,
        List<String> globalDialInCountries, QuestionAndAnswer questionAndAnswer) {

    public record QuestionAndAnswer(Boolean enable, Boolean allowAnonymousQuestions, String answerQuestions,
            Boolean attendeesCanComment, Boolean attendeesCanUpvote) {}

    /** Settings with only the registration approval set. */
    public static WebinarSettings approval(int approvalType) {
        return new WebinarSettings(approvalType, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
