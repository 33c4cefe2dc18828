package org.garrison.people.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.garrison.people.EmployeeId;
import org.garrison.people.GuardTakenOffDuty;
import org.garrison.shared.AuditedChange;
import org.garrison.shared.NotificationRequested;
import org.garrison.shared.SiteId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Once a day: reminds HR and training of certificates expiring within the lead time (setting
 * {@code garrison.people.certificate-reminder-lead}, 30 days by default), and takes a guard
 * whose required certificate has expired off duty (ends the posting, tells security operations and the
 * site's team leader).
 */
@Component
public class CertificateSweep {

    private final CertificateRepository certificates;

    private final EmployeeRepository employees;

    private final Roster roster;

    private final ApplicationEventPublisher events;

    private final PeopleSettings settings;

    private final Clock clock;

    CertificateSweep(CertificateRepository certificates, EmployeeRepository employees, Roster roster,
            ApplicationEventPublisher events, PeopleSettings settings, Clock clock) {
        this.certificates = certificates;
        this.employees = employees;
        this.roster = roster;
        this.events = events;
        this.settings = settings;
        this.clock = clock;
    }

    /** Returns how many reminders and lapses it handled. */
    @Transactional
    public int sweep(LocalDate today) {
        int handled = 0;
        int leadDays = (int) (today.plus(settings.certificateReminderLead()).toEpochDay() - today.toEpochDay());
        for (Certificate certificate : certificates.findByExpiresOnLessThanEqualAndLapsedFalse(today.plusDays(leadDays))) {
            var employee = employees.findById(certificate.getEmployeeId()).orElseThrow();
            if (certificate.reminderDue(today, leadDays)) {
                certificate.reminded(today);
                notify("people.certificateExpiring", Set.of("HR", "TRAINING"), employee, "people.notice.certificateExpiring",
                        List.of(employee.getFullName(), certificate.getCertNumber(), String.valueOf(certificate.getExpiresOn())));
                handled++;
            }
            if (certificate.getExpiresOn() != null && certificate.getExpiresOn().isBefore(today)) {
                certificate.lapse();
                handled++;
                if (certificate.isRequired()) {
                    takeOffDuty(certificate, employee, today);
                }
            }
        }
        return handled;
    }

    private void takeOffDuty(Certificate certificate, Employee employee, LocalDate today) {
        roster.takeOffDuty(employee, today, "CERTIFICATE_EXPIRED").ifPresent(site -> {
            events.publishEvent(AuditedChange.of("OFF_DUTY", "Employee", employee.getId(), employee.getFullName(),
                    null, Map.of("certificate", certificate.getCertNumber())));
            events.publishEvent(new GuardTakenOffDuty(new EmployeeId(employee.getId()), new SiteId(site),
                    certificate.getKind().name(), clock.instant()));
            events.publishEvent(new NotificationRequested("people.offDuty", Set.of(), Set.of("SECURITY_OPS", "TEAM_LEADER"),
                    SiteId.ofNullable(site), "people.notice.offDuty", List.of(employee.getFullName(), certificate.getCertNumber()),
                    "/people/employees/" + employee.getId(), true, clock.instant()));
        });
    }

    private void notify(String kind, Set<String> roles, Employee employee, String key, List<String> args) {
        events.publishEvent(new NotificationRequested(kind, Set.of(), roles, SiteId.ofNullable(employee.getSiteId()), key, args,
                "/people/employees/" + employee.getId(), false, clock.instant()));
    }

}
