package org.garrison.documents;

import org.garrison.shared.CurrentUser;

/**
 * Declared as a bean by a module whose records take attachments through the shared screens
 * ({@code documents/fragments :: attachments(ownerType, ownerId)} and {@code /attachments/...}): it says
 * who may see the record's files and who may add some. Answer from a scoped query of the owning module,
 * so a record outside the user's scope is simply not found. Types nobody declared take no uploads and
 * show nothing.
 */
public interface AttachmentOwner {

    /** The owner type this policy speaks for, e.g. {@code Incident}. */
    String ownerType();

    /** Whether the user may see the record, and so its attachments. */
    boolean canSee(CurrentUser user, String ownerId);

    /** Whether the user may add attachments to the record. */
    boolean canAttach(CurrentUser user, String ownerId);

}
