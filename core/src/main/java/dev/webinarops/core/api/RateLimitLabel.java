package dev.webinarops.core.api;

/** Zoom's rate-limit label of an operation. Unlabelled operations are treated as Medium. */
public enum RateLimitLabel {
    LIGHT, MEDIUM, HEAVY, UNLABELLED;

    /** The label whose budget this operation draws from. */
    public RateLimitLabel bucket() {
        return this == UNLABELLED ? MEDIUM : this;
    }

    public String displayName() {
        return name().charAt(0) + name().substring(1).toLowerCase(java.util.Locale.ROOT);
    }
}
