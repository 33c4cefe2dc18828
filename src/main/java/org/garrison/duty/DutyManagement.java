package org.garrison.duty;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.garrison.duty.internal.PostChecks;
import org.garrison.duty.internal.Violations;
import org.garrison.people.EmployeeId;
import org.garrison.shared.DataScope;
import org.garrison.shared.SiteId;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules ask of the duty books. Attendance and rosters raise violation drafts (late, absent, an
 * unauthorised swap) for a team leader to confirm or dismiss; appraisal asks for the confirmed violations and the
 * post-check findings of a period.
 */
@Service
public class DutyManagement {

    private final Violations violations;

    private final PostChecks checks;

    DutyManagement(Violations violations, PostChecks checks) {
        this.violations = violations;
        this.checks = checks;
    }

    /**
     * Raises a violation draft and tells the site's team leader; nothing is confirmed automatically (R4). A draft
     * with the same {@link ViolationDraft#sourceKey()} raised before is not raised again.
     *
     * @return the draft's id (the earlier one's for a repeated source key)
     * @throws org.garrison.shared.NotFoundException when there is no such employee
     */
    @Transactional
    public long raiseViolationDraft(ViolationDraft draft) {
        return violations.raise(draft);
    }

    /**
     * The confirmed violations at the sites the scope covers that occurred on the days from {@code from} to
     * {@code to} (both included, in the business time zone), oldest first: what appraisal deducts.
     */
    @Transactional(readOnly = true)
    public List<ConfirmedViolation> confirmedViolations(DataScope scope, LocalDate from, LocalDate to) {
        return violations.confirmed(scope, from, to)
            .stream()
            .map(v -> new ConfirmedViolation(v.getId(), new EmployeeId(v.getEmployeeId()), v.getEmployeeName(),
                    new SiteId(v.getSiteId()), v.getOccurredAt(), v.getItem(), v.getSource(),
                    Objects.requireNonNull(v.getDecidedAt())))
            .toList();
    }

    /**
     * The post checks with a finding at the sites the scope covers on the days from {@code from} to {@code to}, oldest
     * first; covert inspections only once published.
     */
    @Transactional(readOnly = true)
    public List<CheckFinding> postCheckFindings(DataScope scope, LocalDate from, LocalDate to) {
        return checks.findings(scope, from, to)
            .stream()
            .map(c -> new CheckFinding(c.getId(), new SiteId(c.getSiteId()), c.getCheckedAt(),
                    c.getGuardId() == null ? null : new EmployeeId(c.getGuardId()),
                    c.getFindings() == null ? String.join(", ", c.getFailedItems().stream().map(Enum::name).sorted().toList())
                            : c.getFindings(),
                    c.getRectifyBy(), c.getProposedItem()))
            .toList();
    }

}
