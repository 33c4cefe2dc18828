package org.garrison.approvals;

/**
 * A request was submitted (or resubmitted after being sent back) and waits at its first step.
 *
 * @param link the path of the item that asked for approval, or of the request itself when none was given
 */
public record ApprovalRequested(ApprovalId requestId, String type, String subject, String link) {
}
