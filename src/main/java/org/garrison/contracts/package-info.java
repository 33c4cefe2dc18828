/**
 * Clients' contracts from the first inquiry to a running contract: proposals with versions, signing
 * with start-up tasks, expiry and renewal, client relations (visits, return visits, meetings), and the
 * active contract's terms as the rules other modules read.
 */
@ApplicationModule(allowedDependencies = { "documents", "identity", "numbering", "organisation" })
@NullMarked
package org.garrison.contracts;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
