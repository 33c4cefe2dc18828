package org.garrison.siteops.access;

import org.jspecify.annotations.Nullable;

/**
 * A visitor leaving, posted from their line on the gate page: whether the badge came back (the default) and the
 * site the gate was showing, to return to.
 */
record LeaveForm(@Nullable Long siteId, @Nullable Boolean badgeReturned) {

    static LeaveForm blank(@Nullable Long siteId) {
        return new LeaveForm(siteId, true);
    }

    boolean badgeBack() {
        return !Boolean.FALSE.equals(badgeReturned);
    }

}
