package org.garrison.documents.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.garrison.documents.AttachmentOwner;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Asks the owning module whether a user may see or add attachments of a record; a record the user may
 * not see (or of a type nobody declared) is not found.
 */
@Component
public class AttachmentAccess {

    private final Map<String, AttachmentOwner> owners;

    AttachmentAccess(List<AttachmentOwner> owners) {
        this.owners = owners.stream().collect(Collectors.toUnmodifiableMap(AttachmentOwner::ownerType, Function.identity()));
    }

    /** Refuses records the user may not see; returns whether the user may also add attachments. */
    public boolean requireVisible(CurrentUser user, String ownerType, String ownerId) {
        var owner = owner(ownerType).filter(o -> o.canSee(user, ownerId))
            .orElseThrow(() -> new NotFoundException("entity.record", ownerType + " " + ownerId));
        return owner.canAttach(user, ownerId);
    }

    public void requireAttachable(CurrentUser user, String ownerType, String ownerId) {
        if (!requireVisible(user, ownerType, ownerId)) {
            throw new NotFoundException("entity.record", ownerType + " " + ownerId);
        }
    }

    private Optional<AttachmentOwner> owner(String ownerType) {
        return Optional.ofNullable(owners.get(ownerType));
    }

}
