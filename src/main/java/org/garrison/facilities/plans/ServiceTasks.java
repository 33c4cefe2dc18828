package org.garrison.facilities.plans;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.garrison.facilities.records.RecordContent;
import org.garrison.facilities.records.ServiceRecords;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.DataScope;
import org.garrison.shared.DomainException;
import org.garrison.shared.NotFoundException;
import org.garrison.shared.ScopeLevel;
import org.garrison.shared.SiteId;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tasks plans make: "my tasks today" on the phone, recording one done with its checklist (which writes its service
 * record), and the tasks of a site and day for logistics.
 */
@Service
@Transactional
public class ServiceTasks {

    /** How far ahead of the server's clock a phone's time may be before it is refused. */
    static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(5);

    private final ServiceTaskRepository tasks;

    private final ServicePlanRepository plans;

    private final ServiceRecords records;

    private final OrganisationManagement organisation;

    private final Clock clock;

    ServiceTasks(ServiceTaskRepository tasks, ServicePlanRepository plans, ServiceRecords records,
            OrganisationManagement organisation, Clock clock) {
        this.tasks = tasks;
        this.plans = plans;
        this.records = records;
        this.organisation = organisation;
        this.clock = clock;
    }

    /** A task with what its plan asks. */
    public record TaskCard(ServiceTask task, String siteName, String area, String what, List<String> checklist,
            @Nullable String assigneeName) {
    }

    /** What became of a task sent done. */
    public enum Outcome {
        ACCEPTED, DUPLICATE, REFUSED
    }

    /**
     * The user's tasks of today at the sites in the user's scope: the ones assigned to the user and the ones assigned to
     * nobody, due first, then by time.
     */
    @Transactional(readOnly = true)
    public List<TaskCard> mine(CurrentUser user) {
        var today = LocalDate.now(clock);
        var found = tasksOf(user.scope(), null, today).stream()
            .filter(task -> task.getAssigneeId() == null || task.getAssigneeId() == user.id())
            .toList();
        return cards(found);
    }

    /** The tasks of a day at the sites in scope (or one site), by time. */
    @Transactional(readOnly = true)
    public List<TaskCard> ofDay(DataScope scope, @Nullable Long siteId, LocalDate day) {
        return cards(tasksOf(scope, siteId, day));
    }

    @Transactional(readOnly = true)
    public TaskCard card(DataScope scope, long id) {
        return cards(List.of(find(scope, id))).get(0);
    }

    /** The plan's tasks from a week ago on, soonest first. */
    @Transactional(readOnly = true)
    public List<ServiceTask> ofPlan(ServicePlan plan) {
        return tasks.findByPlanIdAndDueDayGreaterThanEqualOrderByDueAtAsc(plan.getId(), LocalDate.now(clock).minusDays(7));
    }

    /**
     * Records a task done and writes its service record. A task sent again with the same phone id is taken once.
     *
     * @return {@link Outcome#ACCEPTED} or {@link Outcome#DUPLICATE}
     * @throws NotFoundException when the task is not at a site in scope
     * @throws DomainException when the task is of another site than the one given, was done already, is not yet due
     *     (a later day), a failed item is not on its checklist, or the time is in the future
     */
    public Outcome done(CurrentUser user, TaskDone done) {
        if (done.clientId() != null && tasks.findByClientId(done.clientId()).isPresent()) {
            return Outcome.DUPLICATE;
        }
        var task = find(user.scope(), done.taskId());
        if (task.getSiteId() != done.siteId()) {
            throw new DomainException("facilities.task.otherSite");
        }
        var now = clock.instant();
        Instant at = done.doneAt() == null ? now : done.doneAt();
        if (at.isAfter(now.plus(MAX_CLOCK_SKEW))) {
            throw new DomainException("facilities.task.inFuture");
        }
        if (task.getDueDay().isAfter(LocalDate.now(clock))) {
            throw new DomainException("facilities.task.notYetDue");
        }
        var plan = plans.findById(task.getPlanId()).orElseThrow();
        var checklist = plan.checklistItems();
        if (!checklist.containsAll(done.failedItems())) {
            throw new DomainException("facilities.task.unknownItem");
        }
        String result = checklist.stream()
            .map(item -> (done.failedItems().contains(item) ? "✗ " : "✓ ") + item)
            .collect(Collectors.joining("\n"));
        task.done(user.id(), user.displayName(), at, result, done.notes(), done.clientId());
        Instant started = done.startedAt() == null || done.startedAt().isAfter(at) ? at : done.startedAt();
        String anomalies = done.failedItems().isEmpty() ? null : String.join("、", done.failedItems());
        records.write(user, task.getSiteId(), task.getService(), task.getId(), null, new RecordContent(started, at,
                plan.getArea(), user.displayName(), clientOf(task.getSiteId()), plan.getTask() + "\n" + result, null, null,
                null, null, done.failedItems().isEmpty(), anomalies, done.notes()));
        return Outcome.ACCEPTED;
    }

    private ServiceTask find(DataScope scope, long id) {
        var task = tasks.findById(id).orElseThrow(() -> new NotFoundException("entity.serviceTask", id));
        if (!organisation.covers(scope, new SiteId(task.getSiteId()))) {
            throw new NotFoundException("entity.serviceTask", id);
        }
        return task;
    }

    private List<ServiceTask> tasksOf(DataScope scope, @Nullable Long siteId, LocalDate day) {
        var sites = siteId != null ? Set.of(siteId) : organisation.siteNamesIn(scope).keySet();
        if (siteId != null && !organisation.covers(scope, new SiteId(siteId))) {
            return List.of();
        }
        return tasks.findBySiteIdInAndDueDayOrderByDueAtAscIdAsc(sites, day);
    }

    private List<TaskCard> cards(List<ServiceTask> found) {
        Map<Long, ServicePlan> byPlan = plans.findAllById(found.stream().map(ServiceTask::getPlanId).distinct().toList())
            .stream()
            .collect(Collectors.toMap(ServicePlan::getId, Function.identity()));
        var names = organisation.siteNamesById(found.stream().map(ServiceTask::getSiteId).distinct().toList());
        var cards = new ArrayList<TaskCard>(found.size());
        for (var task : found) {
            var plan = byPlan.get(task.getPlanId());
            cards.add(new TaskCard(task, names.getOrDefault(task.getSiteId(), ""), plan.getArea(), plan.getTask(),
                    plan.checklistItems(), plan.getAssigneeName()));
        }
        return cards;
    }

    private String clientOf(long siteId) {
        return organisation.clientsIn(new DataScope(ScopeLevel.SITE, siteId, 0)).stream()
            .findFirst()
            .map(client -> client.name())
            .orElse(organisation.siteName(new SiteId(siteId)));
    }

}
