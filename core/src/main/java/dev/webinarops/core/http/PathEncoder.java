package dev.webinarops.core.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Fills a path template with percent-encoded segments. */
public final class PathEncoder {
    private static final Pattern PARAM = Pattern.compile("\\{([^}]+)}");

    private PathEncoder() {}

    public static String expand(String template, Map<String, String> params) {
        Matcher m = PARAM.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value = params.get(name);
            if (value == null || value.isEmpty()) {
                throw new IllegalArgumentException("missing path parameter '" + name + "'");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(encodeSegment(value)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * Encodes one path segment. Zoom decodes past-webinar UUIDs that start with '/' or contain '//'
     * once more than others, so those are encoded twice (Zoom answers 404 otherwise).
     */
    public static String encodeSegment(String value) {
        String once = encodeOnce(value);
        return value.startsWith("/") || value.contains("//") ? encodeOnce(once) : once;
    }

    private static String encodeOnce(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
