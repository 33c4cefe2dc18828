package org.garrison.approvals;

/**
 * A request reached an outcome: approved at its last step, rejected, or sent back for changes. The
 * module that submitted it listens to act on its own item.
 *
 * @param link the path of the item that asked for approval, or of the request itself when none was given
 */
public record ApprovalDecided(ApprovalId requestId, String type, Outcome outcome, String link) {

    /** How a request ended (for now: a returned request may be resubmitted). */
    public enum Outcome {
        APPROVED, REJECTED, RETURNED
    }

}
