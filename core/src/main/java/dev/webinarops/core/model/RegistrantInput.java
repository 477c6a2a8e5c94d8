package dev.webinarops.core.model;

import java.util.List;

/** The body of POST /webinars/{webinarId}/registrants. */
public record RegistrantInput(String email, String firstName, String lastName, String address, String city,
        String state, String zip, String country, String phone, String comments, String industry, String jobTitle,
        String org, String language, List<Registrant.CustomAnswer> customQuestions) {

    public static RegistrantInput of(String email, String firstName, String lastName) {
        return new RegistrantInput(email, firstName, lastName, null, null, null, null, null, null, null, null, null,
                null, null, null);
    }
}
