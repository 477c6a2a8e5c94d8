package dev.webinarops.mcp.tools;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A tool call's arguments, with typed accessors that fail with a sentence naming the argument. */
public final class Args {
    private final Map<String, Object> values;

    public Args(Map<String, Object> values) {
        this.values = values == null ? Map.of() : values;
    }

    public Map<String, Object> asMap() {
        return values;
    }

    public boolean has(String name) {
        return values.get(name) != null;
    }

    public Object raw(String name) {
        return values.get(name);
    }

    public String string(String name) {
        Object v = values.get(name);
        return v == null ? null : v.toString();
    }

    public String requireString(String name) {
        String v = string(name);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
        return v;
    }

    public Long longValue(String name) {
        Object v = values.get(name);
        if (v == null) {
            return null;
        }
        if (v instanceof Number n) {
            return n.longValue();
        }
        try {
            return Long.parseLong(v.toString().trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a number, not '" + v + "'");
        }
    }

    public long requireLong(String name) {
        Long v = longValue(name);
        if (v == null) {
            throw new IllegalArgumentException(name + " is required");
        }
        return v;
    }

    public Integer integer(String name) {
        Long v = longValue(name);
        return v == null ? null : Math.toIntExact(v);
    }

    public boolean flag(String name) {
        Object v = values.get(name);
        return v instanceof Boolean b ? b : v != null && Boolean.parseBoolean(v.toString());
    }

    @SuppressWarnings("unchecked")
    public List<Object> list(String name) {
        Object v = values.get(name);
        if (v == null) {
            return List.of();
        }
        if (v instanceof List<?> l) {
            return (List<Object>) l;
        }
        return List.of(v);
    }

    public List<String> strings(String name) {
        return list(name).stream().map(Objects::toString).toList();
    }
}
