package dev.webinarops.core.model;

/** A webinar panelist; also the input of POST /webinars/{webinarId}/panelists (id and joinUrl omitted). */
public record Panelist(String id, String email, String name, String joinUrl, String virtualBackgroundId,
        String nameTagId, String nameTagName, String nameTagPronouns, String nameTagDescription) {

    public static Panelist of(String name, String email) {
        return new Panelist(null, email, name, null, null, null, null, null, null);
    }
}
