/**
 * Site operations: the access log of people and vehicles, safety inspections and hazards, incidents
 * reported up the chain, emergency plans, drills and resources, and each site's daily activity.
 */
@ApplicationModule(allowedDependencies = { "documents", "identity", "longjobs", "numbering", "organisation", "patrols" })
@NullMarked
package org.garrison.siteops;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
