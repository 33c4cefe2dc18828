package org.garrison.patrols.internal;

import java.time.Clock;
import java.util.Map;

import org.garrison.patrols.RateIndicator;
import org.garrison.shared.AuditedChange;
import org.garrison.shared.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The company's choice of the 巡逻到位率 reading it appraises by; a change is audited. */
@Service
@Transactional(readOnly = true)
public class AppraisalIndicator {

    private final JdbcClient jdbc;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    AppraisalIndicator(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    public RateIndicator current() {
        return jdbc.sql("SELECT indicator FROM patrol_appraisal_setting WHERE id = 1").query(String.class).optional()
            .map(RateIndicator::valueOf).orElse(RateIndicator.ON_TIME);
    }

    /** Chooses the indicator; choosing the current one changes and audits nothing. */
    @Transactional
    public void choose(RateIndicator indicator) {
        RateIndicator before = current();
        if (before == indicator) {
            return;
        }
        jdbc.sql("UPDATE patrol_appraisal_setting SET indicator = :indicator, updated_by = :by, updated_at = :at WHERE id = 1")
            .param("indicator", indicator.name())
            .param("by", CurrentUser.require().id())
            .param("at", ScanStore.utc(clock.instant()))
            .update();
        events.publishEvent(AuditedChange.of("UPDATE", "PatrolAppraisalIndicator", 1L, "巡逻到位率考核指标",
                Map.of("indicator", before.name()), Map.of("indicator", indicator.name())));
    }

}
