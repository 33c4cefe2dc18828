/**
 * Facility services (SPEC 3.7, seed 003): recurring service plans per site and service (cleaning, plant care, pest
 * control, electrical inspection), the tasks they produce and staff record on the phone, work orders with their SLA
 * clock from request to the client's confirmation, service records (服务记录) with their review, and the monthly KPIs
 * against the contract's targets.
 */
@ApplicationModule(allowedDependencies = { "contracts", "documents", "identity", "numbering", "organisation", "servicedesk",
        "sla" })
@NullMarked
package org.garrison.facilities;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
