package org.garrison.rosters.internal;

import org.springframework.stereotype.Component;

/** The roster settings the pages show (the settings record itself stays package-private). */
@Component
public class RosterSettingsView {

    private final RosterSettings settings;

    RosterSettingsView(RosterSettings settings) {
        this.settings = settings;
    }

    public int restDaysPerWeek() {
        return settings.restDaysPerWeek();
    }

    public int myShiftsDays() {
        return settings.myShiftsDays();
    }

    public long restHours() {
        return settings.minRest().toHours();
    }

}
