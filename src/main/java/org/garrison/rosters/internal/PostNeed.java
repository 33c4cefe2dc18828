package org.garrison.rosters.internal;

import org.jspecify.annotations.Nullable;

/**
 * What a post needs on a day: guards per shift and the shift set, from the contract in force or a local override.
 *
 * @param source where it comes from: CONTRACT, OVERRIDE, or NONE (no contract names the post and no override)
 * @param shiftsPerDay the number of templates in the set
 */
public record PostNeed(long siteId, String siteName, long postId, String postName, int headcountPerShift,
        String templateSet, int shiftsPerDay, @Nullable Integer minHeightCm, Source source) {

    /** Where a requirement comes from. */
    public enum Source {
        CONTRACT, OVERRIDE, NONE;

        public String messageKey() {
            return "rosters.source." + name();
        }
    }

    /** Guards on duty at once over a day: headcount × shifts (what the contract's staffing counts). */
    public int onDuty() {
        return headcountPerShift * shiftsPerDay;
    }

    /** Guards to hire so everyone gets their days off: headcount × shifts × 7 / (7 − rest days). */
    public double hiringNeed(int restDaysPerWeek) {
        return onDuty() * 7.0 / (7 - restDaysPerWeek);
    }

}
