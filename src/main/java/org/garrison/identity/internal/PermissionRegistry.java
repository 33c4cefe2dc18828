package org.garrison.identity.internal;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.garrison.shared.BuiltInRole;
import org.garrison.shared.ModulePermissions;
import org.garrison.shared.Permission;
import org.springframework.stereotype.Component;

/**
 * Every permission the modules of this application declare ({@link ModulePermissions} beans), in the
 * order of their headings, and the built-in roles that get each by default.
 */
@Component
public class PermissionRegistry {

    private final List<ModulePermissions> modules;

    private final Map<Permission, ModulePermissions.Grant> grants = new LinkedHashMap<>();

    PermissionRegistry(List<ModulePermissions> declared) {
        this.modules = declared.stream().sorted(Comparator.comparingInt(ModulePermissions::order)).toList();
        for (ModulePermissions module : modules) {
            for (ModulePermissions.Grant grant : module.grants()) {
                if (grants.putIfAbsent(grant.permission(), grant) != null) {
                    throw new IllegalStateException("permission declared twice: " + grant.permission());
                }
            }
        }
    }

    /** The declarations, in the order of their headings on the role page. */
    public List<ModulePermissions> modules() {
        return modules;
    }

    /** Every declared permission. */
    public Set<Permission> all() {
        return new TreeSet<>(grants.keySet());
    }

    public boolean isDeclared(Permission permission) {
        return grants.containsKey(permission);
    }

    /** The permissions a built-in role gets by default. */
    public Set<Permission> defaultsOf(BuiltInRole role) {
        var defaults = new TreeSet<Permission>();
        grants.values().stream().filter(g -> g.roles().contains(role)).forEach(g -> defaults.add(g.permission()));
        return defaults;
    }

}
