package org.garrison.contracts.internal;

import org.garrison.contracts.ContractPermissions;
import org.garrison.documents.AttachmentOwner;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.NotFoundException;
import org.springframework.stereotype.Component;

/** Who sees a contract's files (its signed contract) and who may add some: the contract's viewers and signers. */
@Component
class ContractAttachments implements AttachmentOwner {

    private final ContractQueries queries;

    ContractAttachments(ContractQueries queries) {
        this.queries = queries;
    }

    @Override
    public String ownerType() {
        return Signing.OWNER_TYPE;
    }

    @Override
    public boolean canSee(CurrentUser user, String ownerId) {
        return user.can(ContractPermissions.CONTRACTS_VIEW) && exists(user, ownerId);
    }

    @Override
    public boolean canAttach(CurrentUser user, String ownerId) {
        return user.can(ContractPermissions.CONTRACTS_SIGN) && exists(user, ownerId);
    }

    private boolean exists(CurrentUser user, String ownerId) {
        try {
            queries.get(user.scope(), Long.parseLong(ownerId));
            return true;
        }
        catch (NotFoundException | NumberFormatException ex) {
            return false;
        }
    }

}
