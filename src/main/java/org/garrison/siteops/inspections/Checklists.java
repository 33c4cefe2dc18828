package org.garrison.siteops.inspections;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.AuditedChange;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.DomainException;
import org.garrison.shared.NotFoundException;
import org.garrison.shared.SiteId;
import org.garrison.siteops.inspections.HazardViews.ScheduleRow;
import org.garrison.siteops.internal.AccessScopes;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Checklist templates (company-wide reference data) and the inspection schedules of sites. */
@Service
public class Checklists {

    private static final Sort SOONEST_DUE = Sort.by("nextDue", "id");

    private final ChecklistRepository checklists;

    private final InspectionScheduleRepository schedules;

    private final OrganisationManagement organisation;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    Checklists(ChecklistRepository checklists, InspectionScheduleRepository schedules, OrganisationManagement organisation,
            ApplicationEventPublisher events, Clock clock) {
        this.checklists = checklists;
        this.schedules = schedules;
        this.organisation = organisation;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Checklist> list() {
        return checklists.findAllByOrderByNameAsc();
    }

    @Transactional(readOnly = true)
    public Checklist get(long id) {
        return checklists.findById(id).orElseThrow(() -> new NotFoundException("entity.checklist", id));
    }

    @Transactional
    public Checklist create(String name, Checklist.Category category, String items) {
        if (checklists.existsByNameIgnoreCase(name.strip())) {
            throw new DomainException("siteops.checklist.nameTaken", name.strip());
        }
        var checklist = checklists.save(new Checklist(name, category, items));
        events.publishEvent(AuditedChange.of("CREATE", "Checklist", checklist.getId(), checklist.getName(), null,
                Map.of("category", category, "items", checklist.getItems())));
        return checklist;
    }

    @Transactional
    public void update(long id, String name, Checklist.Category category, String items, boolean active) {
        var checklist = get(id);
        var before = Map.of("name", checklist.getName(), "items", checklist.getItems(), "active", checklist.isActive());
        if (!checklist.getName().equalsIgnoreCase(name.strip()) && checklists.existsByNameIgnoreCase(name.strip())) {
            throw new DomainException("siteops.checklist.nameTaken", name.strip());
        }
        checklist.change(name, category, items, active);
        events.publishEvent(AuditedChange.of("UPDATE", "Checklist", id, checklist.getName(), before,
                Map.of("name", checklist.getName(), "items", checklist.getItems(), "active", active)));
    }

    /** The schedules of the user's sites, soonest due first. */
    @Transactional(readOnly = true)
    public List<ScheduleRow> schedules(CurrentUser user) {
        return scheduleRows(schedules.findAll(AccessScopes.<InspectionSchedule>atSites(organisation.siteFilter(user.scope())),
                SOONEST_DUE));
    }

    /**
     * One page of the schedules of the user's sites, soonest due first, paged in the query: at {@code siteId} when
     * given; due (today or past) or not yet due when {@code due} is given.
     */
    @Transactional(readOnly = true)
    public Page<ScheduleRow> schedules(CurrentUser user, @Nullable Long siteId, @Nullable Boolean due, Pageable pageable) {
        Specification<InspectionSchedule> shown = AccessScopes.atSites(organisation.siteFilter(user.scope()), siteId);
        if (due != null) {
            LocalDate today = LocalDate.now(clock);
            shown = shown.and((root, query, cb) -> due ? cb.lessThanOrEqualTo(root.get("nextDue"), today)
                    : cb.greaterThan(root.get("nextDue"), today));
        }
        var found = schedules.findAll(shown, PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), SOONEST_DUE));
        return new PageImpl<>(scheduleRows(found.getContent()), found.getPageable(), found.getTotalElements());
    }

    private List<ScheduleRow> scheduleRows(List<InspectionSchedule> found) {
        Map<Long, String> checklistNames = checklists.findAllById(found.stream().map(InspectionSchedule::getChecklistId).toList())
            .stream()
            .collect(Collectors.toMap(Checklist::getId, Checklist::getName));
        LocalDate today = LocalDate.now(clock);
        var names = organisation.siteNamesById(found.stream().map(InspectionSchedule::getSiteId).toList());
        return found.stream()
            .map(s -> new ScheduleRow(s.getId(), s.getSiteId(), names.getOrDefault(s.getSiteId(), ""), s.getChecklistId(),
                    checklistNames.getOrDefault(s.getChecklistId(), ""), s.getEveryDays(), s.getNextDue(), s.isDue(today)))
            .toList();
    }

    /** An inspection with the checklist was done at the site: its schedule (if any) moves on. */
    @Transactional
    public void inspected(long siteId, long checklistId, LocalDate day) {
        schedules.findBySiteIdAndChecklistId(siteId, checklistId).ifPresent(schedule -> schedule.inspected(day));
    }

    /** Schedules a checklist at a site of the user's scope every so many days, first due on {@code firstDue}. */
    @Transactional
    public InspectionSchedule schedule(CurrentUser user, long siteId, long checklistId, int everyDays, LocalDate firstDue) {
        organisation.requireSite(user.scope(), new SiteId(siteId));
        get(checklistId);
        if (schedules.findBySiteIdAndChecklistId(siteId, checklistId).isPresent()) {
            throw new DomainException("siteops.schedule.exists");
        }
        var schedule = schedules.save(new InspectionSchedule(siteId, checklistId, everyDays, firstDue));
        events.publishEvent(AuditedChange.of("CREATE", "InspectionSchedule", schedule.getId(),
                organisation.siteName(new SiteId(siteId)), null,
                Map.of("siteId", siteId, "checklistId", checklistId, "everyDays", everyDays, "nextDue", firstDue)));
        return schedule;
    }

}
