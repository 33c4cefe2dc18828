/**
 * The audit log: every change and every sign-in, with who, when, what, and the record before and
 * after; browsed and filtered by administrators.
 */
@ApplicationModule(allowedDependencies = {})
@NullMarked
package org.garrison.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
