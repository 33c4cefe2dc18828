/**
 * The client service desk: complaints with time limits on every step, formal memos (签呈), opinion cards and
 * whistle-blowing with sealed reporter identity.
 */
@ApplicationModule(allowedDependencies = { "approvals", "contracts", "documents", "identity", "longjobs", "numbering", "organisation", "sla" })
@NullMarked
package org.garrison.servicedesk;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
