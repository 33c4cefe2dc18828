/**
 * Guard tours (巡逻防控): checkpoints with QR labels, routes and schedules, scans from the guard's phone
 * (offline-capable), devices and patrol-wand imports, missed/late/out-of-order detection with alerts,
 * and the patrol completion rate (巡逻到位率).
 */
@ApplicationModule(allowedDependencies = { "documents", "identity", "longjobs", "organisation", "people" })
@NullMarked
package org.garrison.patrols;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
