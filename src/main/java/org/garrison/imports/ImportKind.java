package org.garrison.imports;

import java.util.Locale;
import java.util.Optional;

import org.garrison.shared.Permission;

/** What a file brings in, with the permission that may import it and its path segment ({@code /imports/<path>}). */
public enum ImportKind {

    EMPLOYEES(ImportPermissions.IMPORT_EMPLOYEES), CLIENTS(ImportPermissions.IMPORT_CLIENTS),
    SITES(ImportPermissions.IMPORT_SITES), CHECKPOINTS(ImportPermissions.IMPORT_CHECKPOINTS);

    private final Permission permission;

    ImportKind(Permission permission) {
        this.permission = permission;
    }

    public Permission permission() {
        return permission;
    }

    /** The path segment and long-job kind suffix, e.g. {@code employees}. */
    public String path() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The message key of the kind's name, e.g. "Employees". */
    public String labelKey() {
        return "imports.kind." + path();
    }

    public static Optional<ImportKind> ofPath(String path) {
        for (ImportKind kind : values()) {
            if (kind.path().equals(path)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

}
