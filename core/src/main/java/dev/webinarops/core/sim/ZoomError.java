package dev.webinarops.core.sim;

/** A Zoom-shaped error answer: HTTP status plus {@code {"code":..,"message":..}}. */
final class ZoomError extends RuntimeException {
    final int status;
    final int code;

    ZoomError(int status, int code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    static ZoomError webinarNotFound(Object id) {
        return new ZoomError(404, 3001, "Webinar does not exist: " + id + ".");
    }

    static ZoomError userNotFound(Object id) {
        return new ZoomError(404, 1001, "User does not exist: " + id + ".");
    }

    static ZoomError badRequest(String message) {
        return new ZoomError(400, 300, message);
    }

    static ZoomError notFound(int code, String message) {
        return new ZoomError(404, code, message);
    }
}
