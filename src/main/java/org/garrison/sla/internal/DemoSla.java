package org.garrison.sla.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Set;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.SiteId;
import org.garrison.shared.StartupData;
import org.garrison.sla.SlaManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo mode only, once: a few clocks under the seeded default policies, so the sweep has something to
 * do — an electrical fault whose response warning is two minutes away, a cleaning request already past
 * its response deadline, and a fee-deduction complaint held while waiting for the client. The sweep runs once over
 * them, as the scheduled sweep would a minute later, so that the demo's inboxes hold the alerts it sends.
 */
@Component
@ConditionalOnBooleanProperty("garrison.demo.enabled")
class DemoSla implements StartupData {

    static final String FIRST = "WO-DEMO-0001";

    private final SlaManagement sla;

    private final SlaClockRepository clocks;

    private final OrganisationManagement organisation;

    private final Clock clock;

    private final SlaSweep sweep;

    DemoSla(SlaManagement sla, SlaClockRepository clocks, OrganisationManagement organisation, Clock clock,
            SlaSweep sweep) {
        this.sla = sla;
        this.clocks = clocks;
        this.organisation = organisation;
        this.clock = clock;
        this.sweep = sweep;
    }

    @Override
    public String name() {
        return "sla.demo";
    }

    @Override
    public Set<String> after() {
        return Set.of("identity.demo", "organisation.demo");
    }

    @Override
    @Transactional
    public void load() {
        if (clocks.existsByItemTypeAndItemRef("WORK_ORDER", FIRST)) {
            return;
        }
        var now = clock.instant();
        sla.start("WORK_ORDER", FIRST, "ELECTRICAL_FAULT", now.minus(Duration.ofMinutes(22)), site("S201"));
        sla.start("WORK_ORDER", "WO-DEMO-0002", "CLEANING_REQUEST", now.minus(Duration.ofHours(3)), site("S101"));
        sla.start("COMPLAINT", "CP-DEMO-0001", "FEE_DEDUCTION", now.minus(Duration.ofMinutes(30)), site("S102"));
        sla.pause("COMPLAINT", "CP-DEMO-0001", now.minus(Duration.ofMinutes(10)));
        sweep.sweep(now);
    }

    private @Nullable SiteId site(String code) {
        return organisation.siteByCode(code).orElse(null);
    }

}
