package dev.webinarops.core.model;

import java.util.List;

/**
 * A webinar poll; also the body of create/update (id and status omitted). {@code pollType}: 1 poll,
 * 2 advanced poll, 3 quiz. {@code status}: notstart, started, ended, sharing.
 */
public record Poll(String id, String status, Boolean anonymous, Integer pollType, String title,
        List<Question> questions) {

    /** {@code type}: single, multiple, matching, rank_order, short_answer, long_answer, fill_in_the_blank, rating_scale. */
    public record Question(String name, String type, List<String> answers, List<String> rightAnswers,
            Boolean answerRequired, Boolean showAsDropdown, Integer answerMinCharacter, Integer answerMaxCharacter,
            Boolean caseSensitive, Integer ratingMinValue, Integer ratingMaxValue, String ratingMinLabel,
            String ratingMaxLabel, List<Prompt> prompts) {

        public static Question choice(String name, boolean multiple, List<String> answers) {
            return new Question(name, multiple ? "multiple" : "single", answers, null, null, null, null, null, null,
                    null, null, null, null, null);
        }
    }

    public record Prompt(String promptQuestion, List<String> promptRightAnswers) {}

    public static Poll of(String title, List<Question> questions) {
        return new Poll(null, null, null, null, title, questions);
    }
}
