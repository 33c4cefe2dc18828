/**
 * The monthly KPIs of facility services against the contract's targets: the module's API for reports and appraisal
 * ({@link org.garrison.facilities.kpis.FacilityKpis}), and the {@link org.garrison.facilities.kpis.KpiSource} extension
 * point the service-specific figures plug into.
 */
@NamedInterface("kpis")
@NullMarked
package org.garrison.facilities.kpis;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
