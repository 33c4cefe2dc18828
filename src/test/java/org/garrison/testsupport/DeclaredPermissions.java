package org.garrison.testsupport;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Set;
import java.util.TreeSet;

import org.garrison.shared.ModulePermissions;
import org.garrison.shared.Permission;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.RegexPatternTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * Every permission the modules declare, found as the {@code public static final Permission} constants of
 * their {@code <Module>Permissions} classes (the same classes that declare them as {@link ModulePermissions}
 * beans), for tests that hold every permission against something.
 */
public final class DeclaredPermissions {

    private static volatile Set<Permission> all;

    private DeclaredPermissions() {
    }

    public static Set<Permission> all() {
        if (all == null) {
            var scanner = new ClassPathScanningCandidateComponentProvider(false);
            scanner.addIncludeFilter(new RegexPatternTypeFilter(java.util.regex.Pattern.compile("org\\.garrison\\.(?!shared|testsupport)\\w+\\.\\w+Permissions")));
            var found = new TreeSet<Permission>();
            for (var candidate : scanner.findCandidateComponents("org.garrison")) {
                Class<?> type = ClassUtils.resolveClassName(candidate.getBeanClassName(), null);
                for (Field field : type.getFields()) {
                    if (Modifier.isStatic(field.getModifiers()) && field.getType() == Permission.class) {
                        try {
                            found.add((Permission) field.get(null));
                        }
                        catch (IllegalAccessException ex) {
                            throw new IllegalStateException(ex);
                        }
                    }
                }
            }
            all = Set.copyOf(found);
        }
        return new TreeSet<>(all);
    }

    /** Every declared permission but these. */
    public static Permission[] allBut(Permission... left) {
        var rest = all();
        rest.removeAll(Set.of(left));
        return rest.toArray(Permission[]::new);
    }

}
