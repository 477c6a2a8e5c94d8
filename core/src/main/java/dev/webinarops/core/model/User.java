package dev.webinarops.core.model;

import java.time.Instant;

/** A Zoom user (GET /users, GET /users/{userId}). */
public record User(String id, String email, String firstName, String lastName, Integer type, String status,
        String timezone, String dept, String roleId, Long pmi, Instant createdAt, Instant lastLoginTime) {

    /** "First Last", falling back to the email. */
    public String displayName() {
        String name = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).trim();
        return name.isEmpty() ? email : name;
    }
}
