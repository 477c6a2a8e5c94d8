package dev.webinarops.core.logging;

import java.util.List;
import java.util.regex.Pattern;

/** Masks credentials that could end up in text: bearer/basic headers, token fields, Slack tokens. */
public final class Redactor {
    private static final String MASK = "[REDACTED]";
    private static final List<Pattern> PATTERNS = List.of(
            Pattern.compile("(?i)(bearer|basic)\\s+[A-Za-z0-9._~+/=-]{8,}"),
            Pattern.compile("(?i)(\"?(?:access_token|refresh_token|client_secret|clientsecret|password|token)\"?\\s*[:=]\\s*\"?)([^\"&\\s,}]{4,})"),
            Pattern.compile("xox[abpre]-[A-Za-z0-9-]{10,}"),
            Pattern.compile("xapp-[A-Za-z0-9-]{10,}"));

    private Redactor() {}

    public static String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = PATTERNS.get(0).matcher(text).replaceAll("$1 " + MASK);
        out = PATTERNS.get(1).matcher(out).replaceAll("$1" + MASK);
        out = PATTERNS.get(2).matcher(out).replaceAll(MASK);
        return PATTERNS.get(3).matcher(out).replaceAll(MASK);
    }
}
