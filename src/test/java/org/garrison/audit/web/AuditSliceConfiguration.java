package org.garrison.audit.web;

import java.time.Clock;
import java.time.ZoneId;

import org.garrison.audit.internal.AuditEntries;
import org.garrison.audit.internal.AuditStates;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import tools.jackson.databind.json.JsonMapper;

/**
 * What the audit controllers need besides the mocked log: a clock in Shenzhen's time zone (dates in
 * filters are days there) and the real reader of stored states.
 */
@TestConfiguration(proxyBeanMethods = false)
class AuditSliceConfiguration {

    static final ZoneId SHENZHEN = ZoneId.of("Asia/Shanghai");

    @Bean
    Clock clock() {
        return Clock.fixed(AuditEntries.OCCURRED_AT, SHENZHEN);
    }

    @Bean
    AuditStates auditStates(JsonMapper json) {
        return new AuditStates(json);
    }

}
