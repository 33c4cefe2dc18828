package org.garrison.audit;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.garrison.shared.AuditedChange;
import org.jspecify.annotations.Nullable;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Audit entries of a test's own, told apart from everybody else's by a unique actor name. */
public final class AuditTestData {

    private AuditTestData() {
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A caller address no other test uses, to find the entries a request wrote. */
    public static String uniqueAddress() {
        var random = UUID.randomUUID().getLeastSignificantBits();
        return "10." + (random & 0xff) + "." + (random >> 8 & 0xff) + "." + (random >> 16 & 0xff);
    }

    public static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    public static AuditedChange change(Instant at, String actor, String action, String entityType, String entityId,
            String summary, @Nullable Map<String, ?> before, @Nullable Map<String, ?> after) {
        return new AuditedChange(at, null, actor, action, entityType, entityId, summary, before, after);
    }

}
