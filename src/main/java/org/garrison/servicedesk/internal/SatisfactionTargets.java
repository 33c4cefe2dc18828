package org.garrison.servicedesk.internal;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.garrison.contracts.ContractsManagement;
import org.garrison.contracts.ServiceKind;
import org.garrison.contracts.SiteTargets.ServiceTarget;
import org.garrison.shared.SiteId;
import org.springframework.stereotype.Component;

/**
 * The satisfaction target a site's score is measured against: the one its contract in force at the
 * end of the month names for the service, else the company default of the settings.
 */
@Component
class SatisfactionTargets {

    private final ContractsManagement contracts;

    private final ServiceDeskSettings settings;

    SatisfactionTargets(ContractsManagement contracts, ServiceDeskSettings settings) {
        this.contracts = contracts;
        this.settings = settings;
    }

    /** A lookup for one report: each site and month asks the contracts module once. */
    Lookup lookup() {
        return new Lookup();
    }

    BigDecimal companyDefault(ServiceKind service) {
        return settings.target(service);
    }

    final class Lookup {

        private final Map<List<Object>, List<ServiceTarget>> contracted = new HashMap<>();

        BigDecimal target(long siteId, ServiceKind service, YearMonth month) {
            var services = contracted.computeIfAbsent(List.of(siteId, month),
                    k -> contracts.targetsFor(new SiteId(siteId), month.atEndOfMonth())
                        .map(t -> t.services())
                        .orElse(List.of()));
            return services.stream()
                .filter(s -> s.kind() == service)
                .findFirst()
                .map(s -> BigDecimal.valueOf(s.satisfactionPct()))
                .orElseGet(() -> settings.target(service));
        }

    }

}
