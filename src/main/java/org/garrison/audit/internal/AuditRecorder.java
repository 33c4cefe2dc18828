package org.garrison.audit.internal;

import java.time.Instant;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.garrison.shared.AuditedChange;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import org.garrison.shared.CurrentUser;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes each {@link AuditedChange} in the transaction of the change itself: the change and its
 * audit line are committed together or not at all.
 */
@Component
class AuditRecorder {

    private static final int MAX_STATE = 8000;

    private final AuditEntryRepository entries;

    private final JsonMapper json;

    AuditRecorder(AuditEntryRepository entries, JsonMapper json) {
        this.entries = entries;
        this.json = json;
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRED)
    public void on(AuditedChange change) {
        entries.save(new AuditEntry(change.occurredAt(), change.actorId(), change.actorName(), change.action(),
                change.entityType(), change.entityId(), truncate(change.summary(), 500), state(change.before()),
                state(change.after()), remoteAddress()));
    }

    @EventListener
    @Transactional
    public void on(LogoutSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof CurrentUser user) {
            entries.save(new AuditEntry(Instant.ofEpochMilli(event.getTimestamp()), user.id(), user.username(),
                    "SIGN_OUT", "User", String.valueOf(user.id()), user.displayName(), null, null, remoteAddress()));
        }
    }

    private @Nullable String state(@Nullable Map<String, ?> state) {
        return state == null ? null : truncate(json.writeValueAsString(state), MAX_STATE);
    }

    private static @Nullable String truncate(@Nullable String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static @Nullable String remoteAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }

}
