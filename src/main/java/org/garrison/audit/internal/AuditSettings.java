package org.garrison.audit.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param exportLimit the most entries one CSV export holds (the newest ones)
 */
@ConfigurationProperties("garrison.audit")
record AuditSettings(@DefaultValue("50000") int exportLimit) {
}
