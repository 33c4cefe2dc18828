package org.garrison.duty.internal;

import java.time.LocalDate;

/**
 * How far a plan's supervision has come over a period (RULES B.1 S11: 按照监督计划进行监督, 记录监督结果).
 *
 * @param planned the checks the plan asks for in the period: one every {@code everyDays} days, a shorter last stretch
 *     counting as one
 * @param due those of them due by today (all once the period is over, none before it starts)
 * @param done the supervision checks recorded in the post-check book in the period at the plan's sites: by a
 *     supervisor, 行政部, an inspector or another checker, not a team leader's own post checks; an unpublished covert
 *     inspection not yet
 * @param withFindings those of them that found something: the guard not at the post, a failed checklist item or
 *     findings written down
 */
public record SupervisionProgress(int planned, int due, int done, int withFindings) {

    /** The checks planned for the days {@code first..last}: ⌈days ÷ everyDays⌉, none for an empty period. */
    static int checksIn(LocalDate first, LocalDate last, int everyDays) {
        if (last.isBefore(first) || everyDays < 1) {
            return 0;
        }
        long days = last.toEpochDay() - first.toEpochDay() + 1;
        return (int) ((days + everyDays - 1) / everyDays);
    }

    static SupervisionProgress of(LocalDate first, LocalDate last, int everyDays, LocalDate today, int done,
            int withFindings) {
        LocalDate dueUntil = today.isBefore(last) ? today : last;
        return new SupervisionProgress(checksIn(first, last, everyDays), checksIn(first, dueUntil, everyDays), done,
                withFindings);
    }

    /** Fewer checks recorded than are due by now. */
    public boolean behind() {
        return done < due;
    }

}
