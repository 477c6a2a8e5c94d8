package dev.webinarops.core.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** PUT /webinars/{webinarId}/registrants/status actions. */
public enum RegistrantAction {
    APPROVE, DENY, CANCEL;

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static RegistrantAction parse(String value) {
        for (RegistrantAction a : values()) {
            if (a.wire().equalsIgnoreCase(value.trim())) {
                return a;
            }
        }
        throw new IllegalArgumentException("action must be approve, deny or cancel, not '" + value + "'");
    }
}
