/**
 * Shared kernel used by every module: permissions, the signed-in user and its data scope, the
 * audit-change event, domain exceptions, navigation entries and file content kept in chunks in the database.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
@NullMarked
package org.garrison.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
