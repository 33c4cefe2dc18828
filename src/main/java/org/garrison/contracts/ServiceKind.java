package org.garrison.contracts;

import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The company's one list of services, named as in seed 003 (卫生保洁、绿植养护、虫控消杀、日常用电巡检及维护)
 * beside guarding: what a proposal line sells and what a satisfaction survey asks about, with the SLA and
 * KPI targets that apply when the line names none (defaults of SPEC §3.7, from the facility-services
 * rulebook).
 *
 * @param responseMinutes request response target
 * @param emergencyMinutes emergency response target, {@code null} when the service has none
 * @param resolutionMinutes time to fix or replace, {@code null} when the service has none
 * @param satisfactionPct client satisfaction target in percent
 */
public enum ServiceKind {

    GUARDING("安保服务", null, null, null, 95),
    CLEANING("卫生保洁", 120, 30, null, 95),
    PLANT_CARE("绿植养护", 1440, null, 2880, 90),
    PEST_CONTROL("虫控消杀", 1440, 120, null, 95),
    ELECTRICAL("日常用电巡检及维护", 30, null, 1440, 95);

    private final String nameZh;

    private final @Nullable Integer responseMinutes;

    private final @Nullable Integer emergencyMinutes;

    private final @Nullable Integer resolutionMinutes;

    private final int satisfactionPct;

    ServiceKind(String nameZh, @Nullable Integer responseMinutes, @Nullable Integer emergencyMinutes,
            @Nullable Integer resolutionMinutes, int satisfactionPct) {
        this.nameZh = nameZh;
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

    /** The seed's name of the service, for text kept in Chinese (task details, notices). */
    public String nameZh() {
        return nameZh;
    }

    /** The key of the service's name in the message bundles (the Chinese one is {@link #nameZh()}). */
    public String messageKey() {
        return "service.kind." + name();
    }

    public boolean isGuarding() {
        return this == GUARDING;
    }

    /** The facility services, in the seed's order: every service but guarding. */
    public static List<ServiceKind> facilityServices() {
        return FACILITY_SERVICES;
    }

    private static final List<ServiceKind> FACILITY_SERVICES = Arrays.stream(values()).filter(kind -> !kind.isGuarding()).toList();

}
