package org.garrison.approvals.internal;

import java.util.Set;

import org.garrison.shared.CurrentUser;
import org.garrison.shared.DataScope;
import org.garrison.shared.Permission;

/** Users for rule tests: a company-wide user with the given role codes. */
record Approvers(long id, String username, String displayName, DataScope scope, Set<Permission> permissions,
        Set<String> roleCodes) implements CurrentUser {

    static CurrentUser user(long id, String... roles) {
        return new Approvers(id, "user" + id, "用户" + id, DataScope.company(id), Set.of(), Set.of(roles));
    }

}
