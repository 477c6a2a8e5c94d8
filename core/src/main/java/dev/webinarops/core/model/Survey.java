package dev.webinarops.core.model;

import java.util.List;

/** GET/PATCH /webinars/{webinarId}/survey. */
public record Survey(CustomSurvey customSurvey, Boolean showInTheBrowser, Boolean showInTheFollowUpEmail,
        String thirdPartySurvey) {

    public record CustomSurvey(Boolean anonymous, List<Question> questions) {}

    /** {@code type}: single, multiple, rating_scale, long_answer. */
    public record Question(String name, String type, List<String> answers, Boolean answerRequired,
            Boolean showAsDropdown, Integer answerMinCharacter, Integer answerMaxCharacter, Integer ratingMinValue,
            Integer ratingMaxValue, String ratingMinLabel, String ratingMaxLabel) {}
}
