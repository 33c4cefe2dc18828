/**
 * Who may sign in and what they may do: user accounts, editable roles (permission sets), each user's
 * data scope, sign-in lock-out, the password policy and revocable API tokens.
 */
@ApplicationModule(allowedDependencies = { "organisation" })
@NullMarked
package org.garrison.identity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
