package dev.webinarops.core.sim;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Just enough multipart/form-data parsing for the branding uploads. */
final class Multipart {
    record Part(String name, String filename, byte[] data) {}

    private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";]+)\"?", Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME = Pattern.compile("\\bname=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern FILENAME = Pattern.compile("\\bfilename=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);

    /** Parts by name; empty when the body is not parseable. */
    static Map<String, Part> parse(String contentType, byte[] body) {
        Map<String, Part> parts = new LinkedHashMap<>();
        Matcher bm = contentType == null ? null : BOUNDARY.matcher(contentType);
        if (bm == null || !bm.find() || body == null) {
            return parts;
        }
        // ISO-8859-1 maps bytes 1:1 to chars, so offsets in the string are offsets in the body
        String s = new String(body, StandardCharsets.ISO_8859_1);
        String delim = "--" + bm.group(1);
        int pos = s.indexOf(delim);
        while (pos >= 0) {
            int start = pos + delim.length();
            if (s.startsWith("--", start)) {
                break;
            }
            int headersEnd = s.indexOf("\r\n\r\n", start);
            int next = s.indexOf("\r\n" + delim, start);
            if (headersEnd < 0 || next < 0 || headersEnd > next) {
                break;
            }
            String headers = s.substring(start, headersEnd);
            byte[] data = s.substring(headersEnd + 4, next).getBytes(StandardCharsets.ISO_8859_1);
            Matcher nm = NAME.matcher(headers);
            if (nm.find()) {
                Matcher fm = FILENAME.matcher(headers);
                parts.put(nm.group(1), new Part(nm.group(1), fm.find() ? fm.group(1) : null, data));
            }
            pos = next + 2;
        }
        return parts;
    }

    private Multipart() {}
}
