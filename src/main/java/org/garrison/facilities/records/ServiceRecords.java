package org.garrison.facilities.records;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.garrison.contracts.ServiceKind;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.AuditedChange;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.DataScope;
import org.garrison.shared.NotFoundException;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Service records (服务记录) of tasks and work orders, and their review (记录审核). The task and work-order services write
 * them (in the transaction of the task done or the work completed); reviewers pass or return them.
 */
@Service
@Transactional
public class ServiceRecords {

    public static final String ENTITY = "ServiceRecord";

    static final int PAGE_SIZE = 50;

    private final ServiceRecordRepository records;

    private final OrganisationManagement organisation;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    ServiceRecords(ServiceRecordRepository records, OrganisationManagement organisation, ApplicationEventPublisher events,
            Clock clock) {
        this.records = records;
        this.organisation = organisation;
        this.events = events;
        this.clock = clock;
    }

    /** Writes the record of a task or a work order (exactly one of the two ids is given). */
    public ServiceRecord write(CurrentUser user, long siteId, ServiceKind service, @Nullable Long taskId,
            @Nullable Long workOrderId, RecordContent content) {
        var record = records.save(new ServiceRecord(siteId, service, taskId, workOrderId, content, user.id(),
                user.displayName(), clock.instant()));
        events.publishEvent(AuditedChange.of("CREATE", ENTITY, record.getId(), content.place(), null,
                Map.of("service", service.name(), "solved", content.solved())));
        return record;
    }

    /** Corrects a returned record of a site in scope. */
    public ServiceRecord correct(CurrentUser user, long id, RecordContent content) {
        var record = find(user.scope(), id);
        record.correct(content);
        events.publishEvent(AuditedChange.of("CORRECT", ENTITY, id, content.place(), null, Map.of("solved", content.solved())));
        return record;
    }

    /** Passes or returns a record waiting for review; the reviewer may not review a record of one's own. */
    public ServiceRecord review(CurrentUser user, long id, boolean passed, @Nullable String note) {
        var record = find(user.scope(), id);
        record.review(passed, note, user.id(), user.displayName(), clock.instant());
        events.publishEvent(AuditedChange.of(passed ? "PASS" : "RETURN", ENTITY, id, record.content().place(), null,
                Map.of("review", record.getReview().name())));
        return record;
    }

    @Transactional(readOnly = true)
    public ServiceRecord find(DataScope scope, long id) {
        Specification<ServiceRecord> byId = (root, query, cb) -> cb.equal(root.get("id"), id);
        return records.findOne(byId.and(organisation.siteFilter(scope).on("siteId")))
            .orElseThrow(() -> new NotFoundException("entity.serviceRecord", id));
    }

    /** A page of the records of the sites in scope, newest first; a site, a service or a review state narrows it. */
    @Transactional(readOnly = true)
    public Page<ServiceRecord> list(DataScope scope, @Nullable Long siteId, @Nullable ServiceKind service,
            @Nullable ReviewState review, int page) {
        Specification<ServiceRecord> spec = organisation.siteFilter(scope).on("siteId");
        if (siteId != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("siteId"), siteId));
        }
        if (service != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("service"), service));
        }
        if (review != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("review"), review));
        }
        return records.findAll(spec, PageRequest.of(Math.max(page, 0), PAGE_SIZE, Sort.by(Sort.Direction.DESC, "recordedAt", "id")));
    }

    @Transactional(readOnly = true)
    public List<ServiceRecord> ofWorkOrder(long workOrderId) {
        return records.findByWorkOrderIdOrderByRecordedAtDesc(workOrderId);
    }

    @Transactional(readOnly = true)
    public List<ServiceRecord> ofTask(long taskId) {
        return records.findByTaskIdOrderByRecordedAtDesc(taskId);
    }

}
