package org.garrison.rosters.internal.solver;

/**
 * The working-time limits the roster keeps (RULES B.1: at least 8 hours between shifts, at least one day off in
 * seven, 劳动法 art. 38); a company with 综合计算工时 approval sets its own.
 *
 * @param restMinutes least minutes between the end of one shift and the start of the next
 * @param maxWorkDays most consecutive days with a shift (6 leaves one day off in seven)
 */
public record WorkRules(int restMinutes, int maxWorkDays) {

    public static final WorkRules DEFAULT = new WorkRules(8 * 60, 6);

}
