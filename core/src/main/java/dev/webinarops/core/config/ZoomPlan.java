package dev.webinarops.core.config;

import dev.webinarops.core.api.RateLimitLabel;
import java.util.Locale;

/** Zoom's published per-second rate limits by account plan (Light / Medium / Heavy). */
public enum ZoomPlan {
    FREE(4, 2, 1), PRO(30, 20, 10), BUSINESS(80, 60, 40);

    private final int light;
    private final int medium;
    private final int heavy;

    ZoomPlan(int light, int medium, int heavy) {
        this.light = light;
        this.medium = medium;
        this.heavy = heavy;
    }

    public int perSecond(RateLimitLabel label) {
        return switch (label.bucket()) {
            case LIGHT -> light;
            case HEAVY -> heavy;
            default -> medium;
        };
    }

    /** Accepts free, pro, business (and business+ / enterprise, which share Business limits). */
    public static ZoomPlan parse(String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "free", "basic" -> FREE;
            case "pro" -> PRO;
            case "business", "business+", "businessplus", "enterprise", "education" -> BUSINESS;
            default -> throw new IllegalArgumentException(
                    "ZOOM_PLAN must be free, pro or business, not '" + value + "'");
        };
    }
}
