package org.garrison.rosters.internal;

import java.time.Duration;

import org.garrison.rosters.internal.solver.WorkRules;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Roster settings ({@code garrison.rosters.*}).
 *
 * @param solveTime most time the solver spends on one roster (it stops earlier once nothing improves)
 * @param minRest least rest between two shifts of a guard (RULES B.1: 8 hours)
 * @param maxWorkDays most consecutive days with a shift (6: one day off in seven)
 * @param restDaysPerWeek days off a guard has a week, for the hiring need (relief factor 7 / (7 − rest days))
 * @param myShiftsDays how many days ahead the guard's phone shows
 */
@ConfigurationProperties("garrison.rosters")
record RosterSettings(@DefaultValue("20s") Duration solveTime, @DefaultValue("8h") Duration minRest,
        @DefaultValue("6") int maxWorkDays, @DefaultValue("1") int restDaysPerWeek, @DefaultValue("14") int myShiftsDays) {

    WorkRules workRules() {
        return new WorkRules((int) minRest.toMinutes(), maxWorkDays);
    }

}
