package org.garrison.rosters.web;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.garrison.rosters.internal.solver.Preferences;
import org.jspecify.annotations.Nullable;

/**
 * A guard's roster preferences as the phone page and the API send them.
 *
 * @param avoidNights whether he would rather not work night shifts (missing: no)
 * @param daysOff the days of the week he would like off (at most two)
 */
record PreferencesForm(@Schema(example = "true") @Nullable Boolean avoidNights,
        @Schema(example = "[\"SUNDAY\"]") @Nullable List<DayOfWeek> daysOff) {

    Preferences preferences() {
        return new Preferences(Boolean.TRUE.equals(avoidNights), daysOff == null || daysOff.isEmpty() ? EnumSet.noneOf(DayOfWeek.class)
                : EnumSet.copyOf(daysOff));
    }

    static PreferencesForm of(Preferences p) {
        return new PreferencesForm(p.avoidNights(), p.daysOff().stream().sorted().toList());
    }

}
