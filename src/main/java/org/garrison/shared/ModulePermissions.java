package org.garrison.shared;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The permissions one module brings, declared as a bean by the module itself: their order on the role
 * page under a heading, and the built-in roles that get each by default. The administrator role gets
 * every permission by default unless one is declared {@linkplain Builder#notForAdministrators not for
 * administrators}. A default is granted once, when the installation first meets it; an administrator's
 * later edit of the role wins.
 *
 * @param headingKey message key of the heading the permissions are listed under on the role page
 * @param order the heading's place on the role page (lower first)
 * @param grants each permission with the roles that get it by default, in the order shown
 */
public record ModulePermissions(String headingKey, int order, List<Grant> grants) {

    public ModulePermissions {
        grants = List.copyOf(grants);
    }

    public static Builder of(String headingKey, int order) {
        return new Builder(headingKey, order);
    }

    /** The permissions, in their order. */
    public List<Permission> permissions() {
        return grants.stream().map(Grant::permission).toList();
    }

    /** One permission and the built-in roles that get it by default. */
    public record Grant(Permission permission, Set<BuiltInRole> roles) {

        public Grant {
            roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        }

    }

    public static final class Builder {

        private final String headingKey;

        private final int order;

        private final List<Grant> grants = new ArrayList<>();

        private Builder(String headingKey, int order) {
            this.headingKey = headingKey;
            this.order = order;
        }

        /** A permission the administrator role and these roles get by default. */
        public Builder grant(Permission permission, BuiltInRole... roles) {
            var set = EnumSet.of(BuiltInRole.ADMIN, roles);
            grants.add(new Grant(permission, set));
            return this;
        }

        /** A permission only these roles get by default, not the administrator (e.g. a sealed identity). */
        public Builder notForAdministrators(Permission permission, BuiltInRole... roles) {
            var set = EnumSet.noneOf(BuiltInRole.class);
            set.addAll(List.of(roles));
            set.remove(BuiltInRole.ADMIN);
            grants.add(new Grant(permission, set));
            return this;
        }

        public ModulePermissions build() {
            return new ModulePermissions(headingKey, order, grants);
        }

    }

}
