package org.garrison.facilities.records;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.garrison.contracts.ServiceKind;
import org.garrison.shared.DomainException;
import org.garrison.shared.Texts;
import org.jspecify.annotations.Nullable;

/**
 * A service record (服务记录) of one task or work order, filled in after the service and reviewed (记录审核): passed, or
 * returned with a note; a returned record is corrected by its writer and reviewed again.
 */
@Entity
@Table(name = "fa_service_record")
public class ServiceRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long siteId;

    @Enumerated(EnumType.STRING)
    private ServiceKind service;

    private @Nullable Long taskId;

    private @Nullable Long workOrderId;

    private Instant startedAt;

    private Instant endedAt;

    private String place;

    private String staff;

    private String clientName;

    private String content;

    private @Nullable String equipment;

    private @Nullable String materials;

    private @Nullable String method;

    private @Nullable String clientFeedback;

    private boolean solved;

    private @Nullable String anomalies;

    private @Nullable String handling;

    private @Nullable Long recordedById;

    private String recordedBy;

    private Instant recordedAt;

    @Enumerated(EnumType.STRING)
    private ReviewState review;

    private @Nullable String reviewedBy;

    private @Nullable Instant reviewedAt;

    private @Nullable String reviewNote;

    protected ServiceRecord() {
    }

    ServiceRecord(long siteId, ServiceKind service, @Nullable Long taskId, @Nullable Long workOrderId, RecordContent content,
            @Nullable Long recordedById, String recordedBy, Instant recordedAt) {
        this.siteId = siteId;
        this.service = service;
        this.taskId = taskId;
        this.workOrderId = workOrderId;
        this.recordedById = recordedById;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
        fill(content);
    }

    /**
     * Corrects a returned record; it waits for review again.
     *
     * @throws DomainException when it is not returned
     */
    void correct(RecordContent content) {
        if (review != ReviewState.RETURNED) {
            throw new DomainException("facilities.record.notReturned");
        }
        fill(content);
    }

    /**
     * Reviews the record: passed, or returned with a note.
     *
     * @throws DomainException when it is not waiting for review, when the reviewer wrote it, or when returned without
     *     a note
     */
    void review(boolean passed, @Nullable String note, @Nullable Long reviewerId, String reviewer, Instant at) {
        if (review != ReviewState.PENDING) {
            throw new DomainException("facilities.record.notPending");
        }
        if (reviewerId != null && reviewerId.equals(recordedById)) {
            throw new DomainException("facilities.record.ownReview");
        }
        if (!passed && Texts.blankToNull(note) == null) {
            throw new DomainException("facilities.record.returnNeedsNote");
        }
        this.review = passed ? ReviewState.PASSED : ReviewState.RETURNED;
        this.reviewNote = Texts.blankToNull(note);
        this.reviewedBy = reviewer;
        this.reviewedAt = at;
    }

    private void fill(RecordContent content) {
        if (content.endedAt().isBefore(content.startedAt())) {
            throw new DomainException("facilities.record.endsBeforeStart");
        }
        this.startedAt = content.startedAt();
        this.endedAt = content.endedAt();
        this.place = content.place().strip();
        this.staff = content.staff().strip();
        this.clientName = content.clientName().strip();
        this.content = content.content().strip();
        this.equipment = Texts.blankToNull(content.equipment());
        this.materials = Texts.blankToNull(content.materials());
        this.method = Texts.blankToNull(content.method());
        this.clientFeedback = Texts.blankToNull(content.clientFeedback());
        this.solved = content.solved();
        this.anomalies = Texts.blankToNull(content.anomalies());
        this.handling = Texts.blankToNull(content.handling());
        this.review = ReviewState.PENDING;
    }

    public RecordContent content() {
        return new RecordContent(startedAt, endedAt, place, staff, clientName, content, equipment, materials, method,
                clientFeedback, solved, anomalies, handling);
    }

    public Long getId() {
        return id;
    }

    public long getSiteId() {
        return siteId;
    }

    public ServiceKind getService() {
        return service;
    }

    public @Nullable Long getTaskId() {
        return taskId;
    }

    public @Nullable Long getWorkOrderId() {
        return workOrderId;
    }

    public @Nullable Long getRecordedById() {
        return recordedById;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public ReviewState getReview() {
        return review;
    }

    public @Nullable String getReviewedBy() {
        return reviewedBy;
    }

    public @Nullable Instant getReviewedAt() {
        return reviewedAt;
    }

    public @Nullable String getReviewNote() {
        return reviewNote;
    }

}
