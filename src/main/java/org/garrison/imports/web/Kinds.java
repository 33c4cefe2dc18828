package org.garrison.imports.web;

import org.garrison.imports.ImportKind;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.NotFoundException;
import org.springframework.security.access.AccessDeniedException;

/**
 * The kind a path names, for the pages and the API alike: an unknown kind is not found (404), a kind the user may not
 * import is refused (403). The endpoints admit anyone with one of the import permissions; this is where each kind's
 * own permission is enforced, before anything is read or started.
 */
final class Kinds {

    /** Anyone who may import one of the kinds. */
    static final String ANY = "hasAnyAuthority('IMPORT_EMPLOYEES', 'IMPORT_CLIENTS', 'IMPORT_SITES', "
            + "'IMPORT_CHECKPOINTS')";

    private Kinds() {
    }

    static ImportKind allowed(String path) {
        ImportKind kind = ImportKind.ofPath(path).orElseThrow(() -> new NotFoundException("entity.importKind", path));
        if (!CurrentUser.require().can(kind.permission())) {
            throw new AccessDeniedException("No " + kind.permission() + " to import " + path);
        }
        return kind;
    }

}
