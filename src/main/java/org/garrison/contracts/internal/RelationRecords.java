package org.garrison.contracts.internal;

import org.springframework.stereotype.Component;

/** The repositories of the client-relation records, held together. */
@Component
record RelationRecords(VisitRepository visits, CommitmentRepository commitments, ReturnVisitRepository returnVisits,
        MeetingRepository meetings) {
}
