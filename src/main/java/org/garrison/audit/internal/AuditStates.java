package org.garrison.audit.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Reads the before and after states an entry stores as JSON. */
@Component
public class AuditStates {

    private static final TypeReference<LinkedHashMap<String, @Nullable Object>> FIELDS = new TypeReference<>() {
    };

    private final JsonMapper json;

    public AuditStates(JsonMapper json) {
        this.json = json;
    }

    /**
     * The stored state's fields; empty when there is no state or it is not a JSON object (a state
     * longer than the column is stored shortened and can no longer be read).
     */
    public Optional<Map<String, @Nullable Object>> fields(@Nullable String state) {
        if (state == null || state.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(json.readValue(state, FIELDS));
        }
        catch (JacksonException ex) {
            return Optional.empty();
        }
    }

    /** Both states field by field, sorted by name; empty when a stored state cannot be read. */
    public Optional<StateDiff> diff(AuditEntry entry) {
        var before = fields(entry.getBeforeState());
        var after = fields(entry.getAfterState());
        if (before.isEmpty() && entry.getBeforeState() != null || after.isEmpty() && entry.getAfterState() != null) {
            return Optional.empty();
        }
        boolean both = before.isPresent() && after.isPresent();
        Map<String, @Nullable Object> old = before.orElse(Map.of());
        Map<String, @Nullable Object> now = after.orElse(Map.of());
        var names = new TreeSet<String>(old.keySet());
        names.addAll(now.keySet());
        var fields = new ArrayList<StateDiff.Field>();
        for (String name : names) {
            Object was = old.get(name);
            Object is = now.get(name);
            boolean changed = both && (old.containsKey(name) != now.containsKey(name) || !Objects.equals(was, is));
            fields.add(new StateDiff.Field(name, text(was), text(is), changed));
        }
        return Optional.of(new StateDiff(before.isPresent(), after.isPresent(), fields));
    }

    private @Nullable String text(@Nullable Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Map<?, ?> || value instanceof Iterable<?>) {
            return json.writeValueAsString(value);
        }
        String text = value.toString();
        // "null": a field some modules wrote with String.valueOf of nothing
        return text.isEmpty() || "null".equals(text) ? null : text;
    }

}
