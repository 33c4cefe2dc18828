/**
 * Rosters (排班): shift templates, each post's requirement per shift from the contract in force with a local
 * override, rosters proposed by a constraint solver and edited by hand, publishing, swaps (调班) and leave (请假),
 * and every guard's own shifts. Other modules ask it who is rostered where and when.
 */
@ApplicationModule(allowedDependencies = { "approvals", "contracts", "identity", "longjobs", "notifications",
        "organisation", "people" })
@NullMarked
package org.garrison.rosters;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
