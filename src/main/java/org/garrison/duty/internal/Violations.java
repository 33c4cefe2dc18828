package org.garrison.duty.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.garrison.duty.PenaltyItem;
import org.garrison.duty.ViolationDraft;
import org.garrison.duty.ViolationSource;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.people.PeopleManagement;
import org.garrison.shared.AuditedChange;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.DataScope;
import org.garrison.shared.NotFoundException;
import org.garrison.shared.NotificationRequested;
import org.garrison.shared.SiteId;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The violation register (违纪记录): drafts raised by the books or other modules, confirmed or dismissed with a
 * reason by a team leader or supervisor of the site, every change audited; the site's team leader is told of
 * each new draft.
 */
@Service
public class Violations {

    public static final String ENTITY = "Violation";

    private final ViolationRepository violations;

    private final OrganisationManagement organisation;

    private final PeopleManagement people;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    Violations(ViolationRepository violations, OrganisationManagement organisation, PeopleManagement people,
            ApplicationEventPublisher events, Clock clock) {
        this.violations = violations;
        this.organisation = organisation;
        this.people = people;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Raises a draft; a draft with the same source key already raised is returned instead, so a retried event or
     * a resent request gives one draft.
     */
    @Transactional
    public long raise(ViolationDraft draft) {
        if (draft.sourceKey() != null) {
            var existing = violations.findOne(bySourceKey(draft.sourceKey()));
            if (existing.isPresent()) {
                return existing.get().getId();
            }
        }
        String name = people.nameOf(draft.employee());
        var violation = violations.save(new Violation(draft.employee().value(), name, draft.site().value(),
                draft.occurredAt(), draft.item(), draft.source(), draft.note(), draft.evidenceLink(), draft.sourceKey(),
                clock.instant()));
        events.publishEvent(AuditedChange.of("CREATE", ENTITY, violation.getId(), name, null, violation.snapshot()));
        events.publishEvent(new NotificationRequested("duty.violation.drafted", Set.of(), Set.of("TEAM_LEADER"), draft.site(),
                "duty.notice.violationDrafted", List.of(name, "#" + draft.item().messageKey(),
                        organisation.siteName(draft.site())), "/duty/violations/" + violation.getId(), false, clock.instant()));
        return violation.getId();
    }

    /** Raises a draft at a site in the user's scope (an API client, a form). */
    @Transactional
    public long raise(CurrentUser user, ViolationDraft draft) {
        organisation.requireSite(user.scope(), draft.site());
        return raise(draft);
    }

    @Transactional
    public void confirm(CurrentUser user, long id, String reason) {
        var violation = visible(user.scope(), id);
        var before = violation.snapshot();
        violation.confirm(reason, user.displayName(), clock.instant());
        events.publishEvent(AuditedChange.of("CONFIRM", ENTITY, id, violation.getEmployeeName(), before, violation.snapshot()));
    }

    @Transactional
    public void dismiss(CurrentUser user, long id, String reason) {
        var violation = visible(user.scope(), id);
        var before = violation.snapshot();
        violation.dismiss(reason, user.displayName(), clock.instant());
        events.publishEvent(AuditedChange.of("DISMISS", ENTITY, id, violation.getEmployeeName(), before, violation.snapshot()));
    }

    /** One page of the violations in scope, newest first, optionally of one state or site. */
    @Transactional(readOnly = true)
    public Page<ViolationRow> list(DataScope scope, Violation.@Nullable State state, @Nullable Long siteId, Pageable pageable) {
        Specification<Violation> spec = inScope(scope);
        if (state != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("state"), state));
        }
        if (siteId != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("siteId"), siteId));
        }
        var found = violations.findAll(spec, PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                Sort.by(Sort.Direction.DESC, "occurredAt", "id")));
        var names = organisation.siteNamesById(found.getContent().stream().map(Violation::getSiteId).toList());
        return found.map(v -> ViolationRow.of(v, names.getOrDefault(v.getSiteId(), "")));
    }

    @Transactional(readOnly = true)
    public ViolationRow card(DataScope scope, long id) {
        var violation = visible(scope, id);
        return ViolationRow.of(violation, organisation.siteName(new SiteId(violation.getSiteId())));
    }

    /** The confirmed violations in scope that occurred on the days from {@code from} to {@code to} (both included). */
    @Transactional(readOnly = true)
    public List<Violation> confirmed(DataScope scope, LocalDate from, LocalDate to) {
        ZoneId zone = clock.getZone();
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        Specification<Violation> spec = inScope(scope).and((root, query, cb) -> cb.and(
                cb.equal(root.get("state"), Violation.State.CONFIRMED),
                cb.greaterThanOrEqualTo(root.get("occurredAt"), start), cb.lessThan(root.get("occurredAt"), end)));
        return violations.findAll(spec, Sort.by("occurredAt", "id"));
    }

    private Violation visible(DataScope scope, long id) {
        return violations.findOne(inScope(scope).and((root, query, cb) -> cb.equal(root.get("id"), id)))
            .orElseThrow(() -> new NotFoundException("entity.violation", id));
    }

    private Specification<Violation> inScope(DataScope scope) {
        return organisation.siteFilter(scope).on("siteId");
    }

    private static Specification<Violation> bySourceKey(String key) {
        return (root, query, cb) -> cb.equal(root.get("sourceKey"), key);
    }

    /** A violation as the register shows it. */
    public record ViolationRow(long id, long siteId, String siteName, long employeeId, String employeeName,
            Instant occurredAt, PenaltyItem item, ViolationSource source, String note, @Nullable String evidenceLink,
            Violation.State state, Instant raisedAt, @Nullable String decidedBy, @Nullable Instant decidedAt,
            @Nullable String reason) {

        static ViolationRow of(Violation v, String siteName) {
            return new ViolationRow(v.getId(), v.getSiteId(), siteName, v.getEmployeeId(), v.getEmployeeName(),
                    v.getOccurredAt(), v.getItem(), v.getSource(), v.getNote(), v.getEvidenceLink(), v.getState(),
                    v.getRaisedAt(), v.getDecidedBy(), v.getDecidedAt(), v.getReason());
        }

    }

}
