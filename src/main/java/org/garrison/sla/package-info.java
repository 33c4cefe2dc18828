/**
 * SLA clocks: policies (item type × category → response and resolution targets on a calendar),
 * deadlines per item that pause, resume and follow priority changes, and a sweep that warns and
 * escalates when targets come near or pass.
 */
@ApplicationModule(allowedDependencies = { "organisation", "identity" })
@NullMarked
package org.garrison.sla;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
