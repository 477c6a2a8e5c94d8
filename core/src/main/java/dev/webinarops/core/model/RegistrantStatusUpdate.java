package dev.webinarops.core.model;

import java.util.List;

/** The body of PUT /webinars/{webinarId}/registrants/status (at most 30 registrants). */
public record RegistrantStatusUpdate(RegistrantAction action, List<Ref> registrants) {
    /** A registrant by id or by email. */
    public record Ref(String id, String email) {
        public static Ref id(String id) {
            return new Ref(id, null);
        }

        public static Ref email(String email) {
            return new Ref(null, email);
        }
    }
}
