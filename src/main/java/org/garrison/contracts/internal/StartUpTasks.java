package org.garrison.contracts.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.AuditedChange;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.DomainException;
import org.garrison.shared.NotFoundException;
import org.garrison.shared.NotificationRequested;
import org.garrison.shared.SiteId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Start-up tasks (启动任务): opened at signing, one per department and site with a due date before the
 * start, announced to the department; each department sees and completes its own.
 */
@Service
public class StartUpTasks {

    private final StartUpTaskRepository tasks;

    private final OrganisationManagement organisation;

    private final ContractsSettings settings;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    StartUpTasks(StartUpTaskRepository tasks, OrganisationManagement organisation, ContractsSettings settings,
            ApplicationEventPublisher events, Clock clock) {
        this.tasks = tasks;
        this.organisation = organisation;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    /** Opens the tasks of a signed contract and tells the departments; answers the staffing task of each site. */
    @Transactional
    Map<Long, Long> open(Contract contract, ProposalVersion version, Map<String, SiteId> sites) {
        var staffingTaskBySite = new HashMap<Long, Long>();
        LocalDate starts = java.util.Objects.requireNonNull(contract.getStarts());
        for (var site : sites.entrySet()) {
            var lines = version.getLines().stream().filter(l -> l.getSiteCode().equals(site.getKey())).toList();
            for (Department department : Department.values()) {
                var task = tasks.save(new StartUpTask(contract.getId(), department, site.getValue().value(),
                        TaskDetails.of(department, lines), starts.minus(settings.leadOf(department))));
                events.publishEvent(AuditedChange.of("CREATE", "StartUpTask", task.getId(), contract.getNumber(), null,
                        task.snapshot()));
                if (department == Department.SECURITY_OPS) {
                    staffingTaskBySite.put(site.getValue().value(), task.getId());
                }
            }
        }
        for (Department department : Department.values()) {
            events.publishEvent(new NotificationRequested("contract.startUp", Set.of(), Set.of(department.roleCode()),
                    null, "contract.notice.startUp", List.of(contract.getNumber(), contract.getTitle(), starts.toString()),
                    "/contracts/tasks", false, clock.instant()));
        }
        return staffingTaskBySite;
    }

    /**
     * The tasks the user's departments see, within the user's data scope: a user in security operations,
     * training or logistics sees that department's tasks, anyone else with the permission sees all.
     */
    @Transactional(readOnly = true)
    public List<StartUpTask> visibleTo(CurrentUser user, boolean openOnly) {
        var spec = visible(user);
        if (openOnly) {
            spec = spec.and((r, q, cb) -> cb.isNull(r.get("doneAt")));
        }
        return tasks.findAll(spec, Sort.by("due", "id"));
    }

    @Transactional(readOnly = true)
    public List<StartUpTask> ofContract(long contractId) {
        return tasks.findByContractIdOrderByDepartmentAscDueAsc(contractId);
    }

    /** Marks one of the user's department's tasks done. */
    @Transactional
    public void complete(CurrentUser user, long taskId) {
        var task = tasks.findOne(visible(user).and((r, q, cb) -> cb.equal(r.get("id"), taskId)))
            .orElseThrow(() -> new NotFoundException("entity.startUpTask", taskId));
        if (!user.roleCodes().contains(task.getDepartment().roleCode()) && !user.roleCodes().contains("ADMIN")) {
            throw new DomainException("task.notYourDepartment");
        }
        var before = task.snapshot();
        task.done(user.username(), clock.instant());
        events.publishEvent(AuditedChange.of("COMPLETE", "StartUpTask", taskId, task.getDetails(), before, task.snapshot()));
    }

    private Specification<StartUpTask> visible(CurrentUser user) {
        Specification<StartUpTask> spec = (r, q, cb) -> r.get("department").in(departmentsOf(user));
        if (!user.scope().isCompanyWide()) {
            spec = spec.and(organisation.siteFilter(user.scope()).on("siteId"));
        }
        return spec;
    }

    static Set<Department> departmentsOf(CurrentUser user) {
        var mine = EnumSet.noneOf(Department.class);
        for (Department department : Department.values()) {
            if (user.roleCodes().contains(department.roleCode())) {
                mine.add(department);
            }
        }
        return mine.isEmpty() ? EnumSet.allOf(Department.class) : mine;
    }

}
