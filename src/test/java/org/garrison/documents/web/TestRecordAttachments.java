package org.garrison.documents.web;

import org.garrison.documents.AttachmentOwner;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.ScopeLevel;
import org.springframework.stereotype.Component;

/**
 * A record type that a test module declares for attachments ({@code TestRecord}): company staff may see
 * and attach, client users may not. A test-sources component, so it is part of the one integration
 * context (see {@code AttachmentsFragmentIntegrationTests}).
 */
@Component
class TestRecordAttachments implements AttachmentOwner {

    @Override
    public String ownerType() {
        return AttachmentsFragmentIntegrationTests.TYPE;
    }

    @Override
    public boolean canSee(CurrentUser user, String ownerId) {
        return user.scope().level() != ScopeLevel.CLIENT;
    }

    @Override
    public boolean canAttach(CurrentUser user, String ownerId) {
        return canSee(user, ownerId);
    }

}
