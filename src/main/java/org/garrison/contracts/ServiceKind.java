package org.garrison.contracts;

import org.jspecify.annotations.Nullable;

/**
 * What a proposal line sells: guarding posts or one of the four facility services, with the SLA and
 * KPI targets that apply when the line names none (defaults of SPEC §3.7, from the facility-services
 * rulebook).
 *
 * @param responseMinutes request response target
 * @param emergencyMinutes emergency response target, {@code null} when the service has none
 * @param resolutionMinutes time to fix or replace, {@code null} when the service has none
 * @param satisfactionPct client satisfaction target in percent
 */
public enum ServiceKind {

    GUARDING(null, null, null, 95),
    CLEANING(120, 30, null, 95),
    PLANT_CARE(1440, null, 2880, 90),
    PEST_CONTROL(1440, 120, null, 95),
    ELECTRICAL(30, null, 1440, 95);

    private final @Nullable Integer responseMinutes;

    private final @Nullable Integer emergencyMinutes;

    private final @Nullable Integer resolutionMinutes;

    private final int satisfactionPct;

    ServiceKind(@Nullable Integer responseMinutes, @Nullable Integer emergencyMinutes,
            @Nullable Integer resolutionMinutes, int satisfactionPct) {
        this.responseMinutes = responseMinutes;
        this.emergencyMinutes = emergencyMinutes;
        this.resolutionMinutes = resolutionMinutes;
        this.satisfactionPct = satisfactionPct;
    }

    public @Nullable Integer defaultResponseMinutes() {
        return responseMinutes;
    }

    public @Nullable Integer defaultEmergencyMinutes() {
        return emergencyMinutes;
    }

    public @Nullable Integer defaultResolutionMinutes() {
        return resolutionMinutes;
    }

    public int defaultSatisfactionPct() {
        return satisfactionPct;
    }

    public boolean isGuarding() {
        return this == GUARDING;
    }

}
