package org.garrison.documents.internal;

import org.garrison.documents.DocumentPermissions;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.DataScope;

/**
 * Who is looking at the register: the data scope decides the sites, the confidential permission whether
 * confidential documents exist for them at all.
 */
public record Reader(DataScope scope, boolean seesConfidential) {

    public static Reader of(CurrentUser user) {
        return new Reader(user.scope(), user.can(DocumentPermissions.DOCUMENTS_CONFIDENTIAL));
    }

}
