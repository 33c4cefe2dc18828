package org.garrison.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.garrison.audit.internal.AuditLog;
import org.garrison.shared.AuditedChange;
import org.garrison.shared.DataScope;
import org.garrison.testsupport.ModuleTestBeans;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

/** The audit module on its own: any module's AuditedChange event becomes a searchable entry. */
@ApplicationModuleTest
@Import(ModuleTestBeans.class)
class AuditModuleTests {

    @Autowired
    AuditLog log;

    @Test
    void auditedChangeOfAnyModuleBecomesASearchableEntry(Scenario scenario) {
        String actor = "module-" + UUID.randomUUID().toString().substring(0, 8);
        var change = new AuditedChange(Instant.now(), null, actor, "UPDATE", "Gadget", "g-1", "renamed",
                Map.of("name", "旧"), Map.of("name", "新"));

        scenario.publish(change)
            .andWaitForStateChange(() -> log.search(new AuditLog.Filter(actor, null, null, null, null, null),
                    DataScope.company(0), 0, 10).getContent(), entries -> !entries.isEmpty())
            .andVerify(entries -> {
                assertThat(entries).hasSize(1);
                assertThat(entries.get(0).getBeforeState()).contains("旧");
                assertThat(entries.get(0).getAfterState()).contains("新");
            });
    }

}
