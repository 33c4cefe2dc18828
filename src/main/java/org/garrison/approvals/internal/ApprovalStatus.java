package org.garrison.approvals.internal;

/** Where a request stands. */
public enum ApprovalStatus {
    PENDING, APPROVED, REJECTED, RETURNED
}
