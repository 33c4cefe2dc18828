package org.garrison.rosters.internal.solver;

/**
 * One broken rule of a solved roster, in words.
 *
 * @param constraint the constraint's name (see {@link RosterConstraints})
 * @param level HARD, MEDIUM (an uncovered place) or SOFT
 */
public record Finding(String constraint, Level level, RuleBreak why) {

    /** How much a finding weighs. */
    public enum Level {
        HARD, MEDIUM, SOFT
    }

}
