package dev.webinarops.core.api;

public enum HttpMethod {
    GET, POST, PUT, PATCH, DELETE
}
