package org.garrison.servicedesk.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

import org.garrison.contracts.ServiceKind;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param surveyLinkValidity how long a survey link can be answered
 * @param surveyCron when the periodic survey round goes out (default: the 1st of each month, 09:00)
 * @param satisfactionTargets satisfaction target per service in percent, until the client's contract gives one
 *     (defaults from SPEC §3.7: 95 %, plant care 90 %)
 * @param complaintRateTarget the complaint rate to stay below, in percent (seed 003: 减少服务投诉率至1%以下)
 */
@ConfigurationProperties("garrison.servicedesk")
public record ServiceDeskSettings(@DefaultValue("14d") Duration surveyLinkValidity,
        @DefaultValue("0 0 9 1 * *") String surveyCron, Map<ServiceKind, BigDecimal> satisfactionTargets,
        @DefaultValue("1") BigDecimal complaintRateTarget) {

    public ServiceDeskSettings {
        var targets = new EnumMap<ServiceKind, BigDecimal>(ServiceKind.class);
        for (var service : ServiceKind.values()) {
            targets.put(service, BigDecimal.valueOf(service.defaultSatisfactionPct()));
        }
        if (satisfactionTargets != null) {
            targets.putAll(satisfactionTargets);
        }
        satisfactionTargets = Map.copyOf(targets);
        if (complaintRateTarget == null) {
            complaintRateTarget = BigDecimal.ONE;
        }
    }

    /** The satisfaction target of a service, in percent. */
    public BigDecimal target(ServiceKind service) {
        return satisfactionTargets.get(service);
    }

}
