package org.garrison.duty.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.AuditedChange;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.DataScope;
import org.garrison.shared.DomainException;
import org.garrison.shared.NotFoundException;
import org.garrison.shared.ScopeLevel;
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
 * Supervision plans and reports (监督计划, 监督报告; RULES B.1 S10/S11): the internal supervision group plans its goal,
 * what it checks, how and how often, for the whole department or one branch; its checks are the post-check book's
 * supervision checks at the plan's sites, counted against the plan; reports are submitted on it with those figures.
 * Plans are read like dispatch meetings: the department's by everyone who reads the books, a branch's by those whose
 * scope reaches it.
 */
@Service
public class Supervision {

    public static final String ENTITY = "SupervisionPlan";

    /** The longest period a plan covers. */
    static final int MAX_DAYS = 366;

    private final SupervisionPlanRepository plans;

    private final SupervisionReportRepository reports;

    private final PostCheckRepository checks;

    private final OrganisationManagement organisation;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    Supervision(SupervisionPlanRepository plans, SupervisionReportRepository reports, PostCheckRepository checks,
            OrganisationManagement organisation, ApplicationEventPublisher events, Clock clock) {
        this.plans = plans;
        this.reports = reports;
        this.checks = checks;
        this.organisation = organisation;
        this.events = events;
        this.clock = clock;
    }

    /** A plan as it is made. */
    public record NewPlan(@Nullable Long branchId, String title, LocalDate firstDay, LocalDate lastDay, String goal,
            Set<SupervisionArea> areas, Set<SupervisionMethod> methods, int everyDays, String members) {
    }

    /** A plan with how far it has come, and its reports, newest first. */
    public record PlanCard(SupervisionPlan plan, SupervisionProgress progress, List<SupervisionReport> reports) {
    }

    /** A plan in a list, with how far it has come. */
    public record PlanRow(SupervisionPlan plan, SupervisionProgress progress) {
    }

    @Transactional
    public long plan(CurrentUser user, NewPlan plan) {
        BranchBooks.checkRecordable(organisation, user, plan.branchId(), "duty.supervision.");
        if (plan.lastDay().isBefore(plan.firstDay()) || plan.firstDay().plusDays(MAX_DAYS).isBefore(plan.lastDay())) {
            throw new DomainException("duty.supervision.periodInvalid", MAX_DAYS);
        }
        if (plan.areas().isEmpty() || plan.methods().isEmpty()) {
            throw new DomainException("duty.supervision.areasAndMethodsRequired");
        }
        if (plan.everyDays() < 1 || plan.everyDays() > 31) {
            throw new DomainException("duty.supervision.everyDaysInvalid");
        }
        var saved = plans.save(new SupervisionPlan(plan.branchId(), plan.title(), plan.firstDay(), plan.lastDay(),
                plan.goal(), plan.areas(), plan.methods(), plan.everyDays(), plan.members(), user.displayName(),
                clock.instant()));
        events.publishEvent(AuditedChange.of("CREATE", ENTITY, saved.getId(), saved.getTitle(), null,
                Map.of("firstDay", saved.getFirstDay(), "lastDay", saved.getLastDay(), "everyDays", saved.getEveryDays())));
        return saved.getId();
    }

    /**
     * Submits a report on the plan for the days {@code firstDay..lastDay} (inside the plan's period, not after today),
     * with the post-check book's figures for those days.
     */
    @Transactional
    public long report(CurrentUser user, long planId, LocalDate firstDay, LocalDate lastDay, String results,
            @Nullable String problems, @Nullable String improvements) {
        var plan = plan(user.scope(), planId);
        if (lastDay.isBefore(firstDay) || firstDay.isBefore(plan.getFirstDay()) || lastDay.isAfter(plan.getLastDay())) {
            throw new DomainException("duty.supervision.reportOutsidePlan");
        }
        if (firstDay.isAfter(today())) {
            throw new DomainException("duty.supervision.reportInFuture");
        }
        var report = reports.save(new SupervisionReport(planId, firstDay, lastDay, results, problems, improvements,
                progress(plan, firstDay, lastDay), user.displayName(), clock.instant()));
        events.publishEvent(AuditedChange.of("REPORT", ENTITY, planId, plan.getTitle(), null,
                Map.of("firstDay", firstDay, "lastDay", lastDay, "checksDone", report.getChecksDone())));
        return report.getId();
    }

    /** One page of the plans the scope reads, the latest period first, with how far each has come. */
    @Transactional(readOnly = true)
    public Page<PlanRow> list(DataScope scope, Pageable pageable) {
        return plans.findAll(readBy(scope), PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                Sort.by(Sort.Order.desc("firstDay"), Sort.Order.desc("id"))))
            .map(p -> new PlanRow(p, progress(p, p.getFirstDay(), p.getLastDay())));
    }

    /** A plan the scope reads, with its progress and reports; not found when unknown or out of scope. */
    @Transactional(readOnly = true)
    public PlanCard card(DataScope scope, long id) {
        var plan = plan(scope, id);
        return new PlanCard(plan, progress(plan, plan.getFirstDay(), plan.getLastDay()),
                reports.findByPlanIdOrderByFirstDayDescIdDesc(id));
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private SupervisionProgress progress(SupervisionPlan plan, LocalDate first, LocalDate last) {
        DataScope sites = plan.getBranchId() == null ? DataScope.company(0)
                : new DataScope(ScopeLevel.BRANCH, plan.getBranchId(), 0);
        Specification<PostCheck> supervision = organisation.siteFilter(sites).<PostCheck>on("siteId")
            .and((root, query, cb) -> cb.and(cb.between(root.get("checkedOn"), first, last),
                    cb.notEqual(root.get("checkerRole"), CheckerRole.TEAM_LEADER), cb.isTrue(root.get("published"))));
        Specification<PostCheck> found = (root, query, cb) -> cb.or(cb.isFalse(root.get("guardPresent")),
                cb.isNotNull(root.get("findings")), cb.isNotEmpty(root.get("failedItems")));
        return SupervisionProgress.of(first, last, plan.getEveryDays(), today(), (int) checks.count(supervision),
                (int) checks.count(supervision.and(found)));
    }

    private Specification<SupervisionPlan> readBy(DataScope scope) {
        return BranchBooks.readBy(organisation, scope);
    }

    private SupervisionPlan plan(DataScope scope, long id) {
        Specification<SupervisionPlan> withId = (root, query, cb) -> cb.equal(root.get("id"), id);
        return plans.findOne(readBy(scope).and(withId))
            .orElseThrow(() -> new NotFoundException("entity.supervisionPlan", id));
    }

}
