/**
 * Approval chains (审批流程): administrators define ordered steps by role per request type; any module
 * submits a request, approvers in scope approve, reject or send it back, and the full history is kept.
 */
@ApplicationModule(allowedDependencies = { "identity", "organisation" })
@NullMarked
package org.garrison.approvals;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
