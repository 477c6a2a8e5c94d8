package dev.webinarops.core.model;

import java.time.Instant;
import java.util.List;

/** A webinar registrant. {@code status}: approved, pending or denied. */
public record Registrant(String id, String email, String firstName, String lastName, String status,
        Instant createTime, String joinUrl, String address, String city, String state, String zip, String country,
        String phone, String industry, String org, String jobTitle, String purchasingTimeFrame,
        String roleInPurchaseProcess, String noOfEmployees, String comments, String language,
        List<CustomAnswer> customQuestions) {

    public record CustomAnswer(String title, String value) {}

    public String displayName() {
        String name = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).trim();
        return name.isEmpty() ? email : name;
    }
}
