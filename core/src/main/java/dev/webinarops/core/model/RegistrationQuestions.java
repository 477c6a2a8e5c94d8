package dev.webinarops.core.model;

import java.util.List;

/** GET/PATCH /webinars/{webinarId}/registrants/questions. */
public record RegistrationQuestions(List<Field> questions, List<Custom> customQuestions) {
    /** A standard field: last_name, address, city, country, zip, state, phone, industry, org, job_title, … */
    public record Field(String fieldName, Boolean required) {}

    /** {@code type}: short, single_radio, single_dropdown or multiple. */
    public record Custom(String title, String type, Boolean required, List<String> answers) {}
}
