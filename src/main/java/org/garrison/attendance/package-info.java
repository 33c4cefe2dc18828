/**
 * Attendance (考勤): clock-in and clock-out on the phone (offline-first, optionally inside the site's geofence) or by
 * a team leader's hand, the attendance of each published shift (on time, late, early leave, absent) with grace and
 * absence thresholds per site, the monthly attendance of each employee for payroll, and who is on duty now.
 */
@ApplicationModule(allowedDependencies = { "longjobs", "organisation", "patrols", "people", "rosters" })
@NullMarked
package org.garrison.attendance;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
