package org.garrison.people.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import org.garrison.shared.StartupData;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo mode only: courses with an online exam, about 60 guards posted at the four demo sites (seed
 * 002's project size) with licences and passed exams (one skills refresher lapsed, one lapsing within
 * days), one licence about to expire, the demo users {@code leader} and {@code guard} linked to their
 * records, applicants in every stage, posts that require certificates with applicants who pass and fail
 * them; then the
 * certificate sweep runs once, so HR and training find the expiry reminder in their inbox.
 */
@Component
@ConditionalOnBooleanProperty("garrison.demo.enabled")
class DemoPeople implements StartupData {

    private final DemoStaff staff;

    private final DemoApplicants applicants;

    private final DemoCertificatePosts certificatePosts;

    private final EmployeeRepository employees;

    private final CertificateSweep sweep;

    private final Clock clock;

    DemoPeople(DemoStaff staff, DemoApplicants applicants, DemoCertificatePosts certificatePosts,
            EmployeeRepository employees, CertificateSweep sweep, Clock clock) {
        this.staff = staff;
        this.applicants = applicants;
        this.certificatePosts = certificatePosts;
        this.employees = employees;
        this.sweep = sweep;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "people.demo";
    }

    @Override
    public Set<String> after() {
        return Set.of("identity.demo", "organisation.demo", "contracts.demo");
    }

    @Override
    @Transactional
    public void load() {
        if (employees.count() > 0) {
            return;
        }
        staff.create();
        applicants.create();
        certificatePosts.create();
        sweep.sweep(LocalDate.now(clock));
    }

}
