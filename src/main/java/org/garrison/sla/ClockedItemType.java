package org.garrison.sla;

import org.garrison.shared.Permission;

/**
 * A type of item a module puts under SLA clocks, with the permission that lets a user read such an item. The
 * module that owns the items declares it as a bean; reading a clock then needs that permission (and the clock's
 * site in the reader's data scope), so a clock tells nobody more than its item would. A clock of a type no module
 * declares is read by nobody.
 *
 * @param itemType the type as the module starts clocks with it (e.g. {@code COMPLAINT})
 * @param readPermission the permission to read items of the type (e.g. {@code COMPLAINTS_VIEW})
 */
public record ClockedItemType(String itemType, Permission readPermission) {
}
