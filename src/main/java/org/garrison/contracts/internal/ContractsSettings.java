package org.garrison.contracts.internal;

import java.time.Period;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param reminderDays days before a contract's end on which its expiry is announced
 * @param reminderCron when the daily expiry and follow-up sweeps run (Spring cron, seconds first)
 * @param staffingLead how long before the start the posts must be staffed
 * @param trainingLead how long before the start the team must be trained
 * @param equipmentLead how long before the start the site must be equipped
 * @param commitmentLead how long before its due date an open commitment to a client is announced
 * @param unvisitedMonths after how many months without a visit an active client is listed as not visited (巡回访问,
 *     seed 001: do not visit only particular clients)
 */
@ConfigurationProperties("garrison.contracts")
record ContractsSettings(@DefaultValue({ "60", "30" }) List<Integer> reminderDays,
        @DefaultValue("0 0 7 * * *") String reminderCron, @DefaultValue("P0D") Period staffingLead,
        @DefaultValue("P3D") Period trainingLead, @DefaultValue("P2D") Period equipmentLead,
        @DefaultValue("P3D") Period commitmentLead, @DefaultValue("3") int unvisitedMonths) {

    ContractsSettings {
        reminderDays = List.copyOf(reminderDays);
    }

    Period leadOf(Department department) {
        return switch (department) {
            case SECURITY_OPS -> staffingLead;
            case TRAINING -> trainingLead;
            case LOGISTICS -> equipmentLead;
        };
    }

}
