package org.garrison.contracts;

import java.time.LocalDate;
import java.util.List;

import org.garrison.shared.SiteId;
import org.jspecify.annotations.Nullable;

/**
 * The rules the active contract sets for one site on one day: what rosters, tours, work orders,
 * complaints and reports measure against.
 *
 * @param posts the guarding posts and their headcount
 * @param services the facility services with their SLA and KPI targets (defaults filled in)
 */
public record SiteTargets(ContractId contract, String number, SiteId site, LocalDate starts, LocalDate ends,
        List<PostTarget> posts, List<ServiceTarget> services) {

    public SiteTargets {
        posts = List.copyOf(posts);
        services = List.copyOf(services);
    }

    /** The highest patrol frequency any post asks for, or {@code null} when no post names one. */
    public @Nullable Integer patrolsPerDay() {
        return posts.stream().map(PostTarget::patrolsPerDay).filter(p -> p != null).max(Integer::compare).orElse(null);
    }

    /**
     * One guarding post.
     *
     * @param headcountPerShift guards on duty at once
     * @param patrolsPerDay patrol rounds per day, {@code null} when the contract names none
     */
    public record PostTarget(String postName, int headcountPerShift, int shiftsPerDay, @Nullable Integer minHeightCm,
            @Nullable String requirements, @Nullable Integer patrolsPerDay) {

        public int guardsNeeded() {
            return headcountPerShift * shiftsPerDay;
        }

    }

    /**
     * One facility service.
     *
     * @param emergencyMinutes {@code null} when the service has no emergency target
     * @param resolutionMinutes {@code null} when the service has no fix-or-replace target
     */
    public record ServiceTarget(ServiceKind kind, @Nullable String frequency, int responseMinutes,
            @Nullable Integer emergencyMinutes, @Nullable Integer resolutionMinutes, int satisfactionPct) {
    }

}
