package org.garrison.people.internal;

import java.util.EnumMap;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.DataScope;
import org.garrison.shared.Like;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Lists of applicants, plans and employees within a data scope, filtered in the query. */
@Component
@Transactional(readOnly = true)
public class PeopleQueries {

    public static final int LIST_LIMIT = 500;

    private final ApplicantRepository applicants;

    private final HiringPlanRepository plans;

    private final EmployeeRepository employees;

    private final OrganisationManagement organisation;

    private final EntityManager entityManager;

    PeopleQueries(ApplicantRepository applicants, HiringPlanRepository plans, EmployeeRepository employees,
            OrganisationManagement organisation, EntityManager entityManager) {
        this.applicants = applicants;
        this.plans = plans;
        this.employees = employees;
        this.organisation = organisation;
        this.entityManager = entityManager;
    }

    /** How many applicants came through a channel, and how many of them were hired. */
    public record ChannelCount(RecruitmentChannel channel, long applicants, long hired) {
    }

    /** Applicants in scope per channel (every channel, in the enum's order, zero when none), counted in one query. */
    public List<ChannelCount> channelCounts(DataScope scope) {
        var cb = entityManager.getCriteriaBuilder();
        var query = cb.createTupleQuery();
        var root = query.from(Applicant.class);
        var hired = cb.sum(cb.<Long>selectCase().when(cb.equal(root.get("stage"), Stage.HIRED), 1L).otherwise(0L));
        query.multiselect(root.get("channel"), cb.count(root), hired)
            .where(PeopleScopes.applicants(scope, organisation.siteFilter(scope)).toPredicate(root, query, cb))
            .groupBy(root.get("channel"));
        var counts = new EnumMap<RecruitmentChannel, ChannelCount>(RecruitmentChannel.class);
        for (Tuple row : entityManager.createQuery(query).getResultList()) {
            var channel = row.get(0, RecruitmentChannel.class);
            Number sum = row.get(2, Number.class);
            counts.put(channel, new ChannelCount(channel, row.get(1, Long.class), sum == null ? 0 : sum.longValue()));
        }
        return Arrays.stream(RecruitmentChannel.values())
            .map(channel -> counts.getOrDefault(channel, new ChannelCount(channel, 0, 0)))
            .toList();
    }

    public List<Applicant> applicants(DataScope scope, @Nullable Stage stage, @Nullable String text) {
        return applicants(scope, stage, text, PageRequest.of(0, LIST_LIMIT)).getContent();
    }

    /** One page of the applicants in scope, newest first, optionally in one stage or matching a name or phone. */
    public Page<Applicant> applicants(DataScope scope, @Nullable Stage stage, @Nullable String text, Pageable pageable) {
        Specification<Applicant> spec = PeopleScopes.applicants(scope, organisation.siteFilter(scope));
        if (stage != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("stage"), stage));
        }
        if (text != null && !text.isBlank()) {
            String like = Like.containing(text);
            spec = spec.and((root, query, cb) -> cb.or(cb.like(root.get("fullName"), like, Like.ESCAPE),
                    cb.like(root.get("phone"), like, Like.ESCAPE)));
        }
        return applicants.findAll(spec,
                PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by(Sort.Direction.DESC, "id")));
    }

    /** The applicants still in the pipeline (neither hired nor rejected), for the board. */
    public List<Applicant> inPipeline(DataScope scope) {
        Specification<Applicant> spec = PeopleScopes.applicants(scope, organisation.siteFilter(scope))
            .and((root, query, cb) -> cb.not(root.get("stage").in(Stage.HIRED, Stage.REJECTED)));
        return applicants.findAll(spec, PageRequest.of(0, LIST_LIMIT, Sort.by("appliedOn", "id"))).getContent();
    }

    public List<HiringPlan> plans(DataScope scope) {
        return plans.findAll(PeopleScopes.plans(scope, organisation.siteFilter(scope)), Sort.by(Sort.Direction.DESC, "open", "dueBy"));
    }

    /**
     * One page of the plans in scope, open ones first, the latest due day first (as on the plans page); optionally of one site, or only open or closed
     * ones. Paged in the query.
     */
    public Page<HiringPlan> plans(DataScope scope, @Nullable Long siteId, @Nullable Boolean open, Pageable pageable) {
        Specification<HiringPlan> spec = PeopleScopes.plans(scope, organisation.siteFilter(scope));
        if (siteId != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("siteId"), siteId));
        }
        if (open != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("open"), open));
        }
        return plans.findAll(spec, PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                Sort.by(Sort.Direction.DESC, "open", "dueBy", "id")));
    }

    public List<HiringPlan> openPlans(DataScope scope) {
        return plans(scope).stream().filter(HiringPlan::isOpen).toList();
    }

    public List<Employee> employees(DataScope scope, @Nullable Long siteId, @Nullable String text) {
        return employees(scope, siteId, text, PageRequest.of(0, LIST_LIMIT)).getContent();
    }

    /** One page of the employees in scope by name, optionally of one site or matching a name or phone. */
    public Page<Employee> employees(DataScope scope, @Nullable Long siteId, @Nullable String text, Pageable pageable) {
        Specification<Employee> spec = PeopleScopes.employees(scope, organisation.siteFilter(scope));
        if (siteId != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("siteId"), siteId));
        }
        if (text != null && !text.isBlank()) {
            String like = Like.containing(text);
            spec = spec.and((root, query, cb) -> cb.or(cb.like(root.get("fullName"), like, Like.ESCAPE),
                    cb.like(root.get("phone"), like, Like.ESCAPE)));
        }
        return employees.findAll(spec,
                PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("fullName", "id")));
    }

}
