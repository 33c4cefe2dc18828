package org.garrison.contracts.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.garrison.shared.AuditedChange;
import org.garrison.shared.NotificationRequested;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Once a day: active contracts past their last day expire, and those nearing it are announced once per
 * threshold (60 and 30 days by default) to customer service, security operations and management.
 */
@Service
public class ExpirySweep {

    static final Set<String> TOLD = Set.of("CUSTOMER_SERVICE", "SECURITY_OPS", "CHAIRMAN");

    private final ContractRepository contracts;

    private final ContractsSettings settings;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    ExpirySweep(ContractRepository contracts, ContractsSettings settings, ApplicationEventPublisher events, Clock clock) {
        this.contracts = contracts;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    /** Expires and reminds as of the day given; answers how many contracts expired and how many reminders went out. */
    @Transactional
    public Result sweep(LocalDate today) {
        int expired = 0;
        for (Contract contract : contracts.findByStatusAndEndsBefore(ContractStatus.ACTIVE, today)) {
            var before = contract.snapshot();
            contract.expire(today);
            events.publishEvent(AuditedChange.of("EXPIRE", "Contract", contract.getId(), contract.getNumber(), before,
                    contract.snapshot()));
            expired++;
        }
        int widest = settings.reminderDays().stream().max(Integer::compare).orElse(0);
        int reminded = 0;
        for (Contract contract : contracts.findByStatusAndEndsLessThanEqual(ContractStatus.ACTIVE, today.plusDays(widest))) {
            Integer due = contract.reminderDue(today, settings.reminderDays());
            if (due != null) {
                contract.reminded(due);
                events.publishEvent(new NotificationRequested("contract.expiring", Set.of(), TOLD, null,
                        "contract.notice.expiring", List.of(contract.getNumber(), contract.getTitle(),
                                String.valueOf(contract.getEnds()), String.valueOf(due)),
                        "/contracts/" + contract.getId(), false, clock.instant()));
                reminded++;
            }
        }
        return new Result(expired, reminded);
    }

    public record Result(int expired, int reminded) {
    }

}
