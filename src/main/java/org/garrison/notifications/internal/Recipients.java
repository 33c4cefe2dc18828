package org.garrison.notifications.internal;

import java.util.List;
import java.util.function.Predicate;

import org.garrison.identity.IdentityManagement.Contact;
import org.garrison.shared.DataScope;
import org.jspecify.annotations.Nullable;

/**
 * Who is told: every named user, and role holders whose data scope covers the site the alert is about
 * (all role holders when it is about no site).
 */
final class Recipients {

    private Recipients() {
    }

    static List<Contact> select(List<Contact> candidates, @Nullable Long siteId, Predicate<DataScope> coversSite) {
        return candidates.stream()
            .filter(c -> c.named() || siteId == null || c.scope().isCompanyWide() || coversSite.test(c.scope()))
            .toList();
    }

}
