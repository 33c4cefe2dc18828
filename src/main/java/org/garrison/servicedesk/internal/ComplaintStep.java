package org.garrison.servicedesk.internal;

import org.garrison.servicedesk.ServiceDeskPermissions;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.Permission;

/**
 * A step a department takes on a complaint, in the state the flow allows it and with the permission of the
 * department the rulebook names: customer service accepts, drafts, answers and visits again; security
 * operations investigates and has the guard and team leader confirm.
 */
public enum ComplaintStep {

    ACCEPT(ComplaintState.SUBMITTED, ServiceDeskPermissions.COMPLAINTS_HANDLE),
    INVESTIGATE(ComplaintState.INVESTIGATING, ServiceDeskPermissions.COMPLAINTS_INVESTIGATE),
    CONFIRM(ComplaintState.CONFIRMING, ServiceDeskPermissions.COMPLAINTS_INVESTIGATE),
    DRAFT(ComplaintState.DRAFTING, ServiceDeskPermissions.COMPLAINTS_HANDLE),
    ANSWER(ComplaintState.ANSWERING, ServiceDeskPermissions.COMPLAINTS_HANDLE),
    RETURN_VISIT(ComplaintState.RETURN_VISIT, ServiceDeskPermissions.COMPLAINTS_HANDLE);

    private final ComplaintState from;

    private final Permission permission;

    ComplaintStep(ComplaintState from, Permission permission) {
        this.from = from;
        this.permission = permission;
    }

    /** The state a complaint must be in for this step. */
    public ComplaintState from() {
        return from;
    }

    /** Whether the user's department takes this step. */
    public boolean takenBy(CurrentUser user) {
        return user.can(permission);
    }

    /** The permission of the department that takes this step. */
    public Permission permission() {
        return permission;
    }

}
