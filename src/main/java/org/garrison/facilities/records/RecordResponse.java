package org.garrison.facilities.records;

import java.time.Instant;

import org.garrison.contracts.ServiceKind;
import org.jspecify.annotations.Nullable;

/** A service record as the API answers it: the seed's fields and the review. */
record RecordResponse(long id, long siteId, ServiceKind service, @Nullable Long taskId, @Nullable Long workOrderId,
        RecordContent content, String recordedBy, Instant recordedAt, ReviewState review, @Nullable String reviewedBy,
        @Nullable Instant reviewedAt, @Nullable String reviewNote) {

    static RecordResponse of(ServiceRecord r) {
        return new RecordResponse(r.getId(), r.getSiteId(), r.getService(), r.getTaskId(), r.getWorkOrderId(), r.content(),
                r.getRecordedBy(), r.getRecordedAt(), r.getReview(), r.getReviewedBy(), r.getReviewedAt(), r.getReviewNote());
    }

}
