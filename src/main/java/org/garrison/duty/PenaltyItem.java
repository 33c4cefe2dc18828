package org.garrison.duty;

/**
 * The numbered penalty items of the rulebook (seed 002 L992–1022) that a guard's conduct on duty can break, in
 * the rulebook's own numbering: items 1–7 draw a written warning or 50–100 元, items 9–16 a reprimand or 100–200 元,
 * and the serious item ends the employment and cancels the month's and quarter's bonus. Its wording is the message
 * {@code duty.item.<name>}.
 */
public enum PenaltyItem {

    UNIFORM(1, Grade.WARNING),
    SURROUNDINGS(2, Grade.WARNING),
    RUDENESS(3, Grade.WARNING),
    DUTY_RULES(4, Grade.WARNING),
    VISITOR_UNCHECKED(5, Grade.WARNING),
    VIOLATION_IGNORED(6, Grade.WARNING),
    OTHER_MINOR(7, Grade.WARNING),
    UNRELATED_WORK(9, Grade.REPRIMAND),
    PRIVATE_CALLS(10, Grade.REPRIMAND),
    DISTRACTED(11, Grade.REPRIMAND),
    IMPROPER_LANGUAGE(12, Grade.REPRIMAND),
    LATE_OR_EARLY(13, Grade.REPRIMAND),
    UNAUTHORISED_SWAP(14, Grade.REPRIMAND),
    HANDOVER_OMISSION(15, Grade.REPRIMAND),
    OTHER(16, Grade.REPRIMAND),
    DRUNK_OR_ASLEEP(1, Grade.SERIOUS);

    /** How heavily the rulebook punishes an item. */
    public enum Grade {
        WARNING, REPRIMAND, SERIOUS;

        public String messageKey() {
            return "duty.item.grade." + name();
        }
    }

    private final int number;

    private final Grade grade;

    PenaltyItem(int number, Grade grade) {
        this.number = number;
        this.grade = grade;
    }

    /** The item's number in the rulebook's list of its grade. */
    public int number() {
        return number;
    }

    public Grade grade() {
        return grade;
    }

    public String messageKey() {
        return "duty.item." + name();
    }

}
