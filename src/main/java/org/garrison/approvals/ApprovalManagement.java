package org.garrison.approvals;

import org.garrison.approvals.internal.Approvals;
import org.garrison.shared.CurrentUser;
import org.springframework.stereotype.Service;

/** What other modules ask of approvals: submitting a request. Outcomes arrive as {@link ApprovalDecided}. */
@Service
public class ApprovalManagement {

    private final Approvals approvals;

    ApprovalManagement(Approvals approvals) {
        this.approvals = approvals;
    }

    /**
     * Submits a request for the signed-in user, with the steps its type's chain resolves to now; later
     * changes of the chain do not touch it. Publishes {@link ApprovalRequested} and tells the first
     * step's role holders for the site.
     *
     * @return the id of the new request
     * @throws org.garrison.shared.DomainException when no chain exists for the type or no step applies
     * @throws org.garrison.shared.NotFoundException when the site is outside the user's data scope
     * @throws org.springframework.security.access.AccessDeniedException when the user lacks the permission to
     *     submit the type ({@link RequestType#submitPermissionOf})
     */
    public ApprovalId submit(SubmitApproval request) {
        return new ApprovalId(approvals.submit(CurrentUser.require(), request).getId());
    }

}
