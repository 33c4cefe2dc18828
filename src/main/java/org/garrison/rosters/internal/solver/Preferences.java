package org.garrison.rosters.internal.solver;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What a guard would rather not work (a soft rule: the solver keeps to it where the hard rules and the other guards'
 * shares allow): night shifts, and days of the week he would like off.
 */
public record Preferences(boolean avoidNights, Set<DayOfWeek> daysOff) {

    public static final Preferences NONE = new Preferences(false, Set.of());

    public Preferences {
        daysOff = daysOff.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(daysOff));
    }

    public boolean none() {
        return !avoidNights && daysOff.isEmpty();
    }

    /**
     * What of these preferences the slot goes against, as a nested message argument ({@code #key|args}); null when
     * it goes against none. A night on a wished-for day off names the day off.
     */
    public @Nullable String against(Slot slot) {
        if (daysOff.contains(slot.getDay().getDayOfWeek())) {
            return "#rosters.preference.dayOff|#rosters.weekday." + slot.getDay().getDayOfWeek().getValue();
        }
        if (avoidNights && slot.isNight()) {
            return "#rosters.preference.nights";
        }
        return null;
    }

}
