package org.garrison.shared;

import java.io.Serializable;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Something a role can be allowed to do. Each module declares its own permissions as constants of its
 * {@code <Module>Permissions} class and, as a {@link ModulePermissions} bean, which built-in roles get
 * them by default; roles are editable sets of them. Each has the message key {@code permission.<NAME>}
 * in both languages.
 *
 * @param name the authority name, upper case with underscores (stored with roles, used in
 *     {@code hasAuthority('…')})
 */
public record Permission(String name) implements Comparable<Permission>, Serializable {

    private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]{1,59}");

    public Permission {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a permission name: " + name);
        }
    }

    /** The permission of this name (whether any module declares it is for the role registry to say). */
    @JsonCreator
    public static Permission valueOf(String name) {
        return new Permission(name);
    }

    /** The name; in JSON a permission is its name. */
    @Override
    @JsonValue
    public String name() {
        return name;
    }

    public String authority() {
        return name;
    }

    public String messageKey() {
        return "permission." + name;
    }

    @Override
    public int compareTo(Permission other) {
        return name.compareTo(other.name);
    }

    @Override
    public String toString() {
        return name;
    }

}
