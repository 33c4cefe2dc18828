package org.garrison.contracts.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.garrison.contracts.internal.Commitment.Reminder;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.ClientId;
import org.garrison.shared.NotificationRequested;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Once a day: customer service, who own client relations, are told of each open commitment to a client
 * as its due date nears and again once it is overdue, and of each return visit (回访) that is due; every
 * reminder goes out once, as the stage sent is kept with the record.
 */
@Service
class FollowUpSweep {

    static final Set<String> TOLD = Set.of("CUSTOMER_SERVICE");

    private final RelationRecords records;

    private final OrganisationManagement organisation;

    private final ContractsSettings settings;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    FollowUpSweep(RelationRecords records, OrganisationManagement organisation, ContractsSettings settings,
            ApplicationEventPublisher events, Clock clock) {
        this.records = records;
        this.organisation = organisation;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    /** Reminds as of the day given; answers how many commitment and return-visit reminders went out. */
    @Transactional
    Result sweep(LocalDate today) {
        var commitments = records.commitments().findToRemind(today.plus(settings.commitmentLead()), Reminder.OVERDUE);
        var returnVisits = records.returnVisits()
            .findByDoneOnIsNullAndRemindedOnIsNullAndScheduledOnLessThanEqualOrderByScheduledOn(today);
        if (commitments.isEmpty() && returnVisits.isEmpty()) {
            return new Result(0, 0);
        }
        var ids = new java.util.HashSet<ClientId>();
        commitments.forEach(c -> ids.add(new ClientId(c.getClientId())));
        returnVisits.forEach(v -> ids.add(new ClientId(v.getClientId())));
        var clients = organisation.clientNames(ids)
            .entrySet()
            .stream()
            .collect(Collectors.toMap(e -> e.getKey().value(), Map.Entry::getValue));
        int committed = 0;
        for (Commitment commitment : commitments) {
            var stage = commitment.reminderDue(today, settings.commitmentLead());
            if (stage != null) {
                commitment.reminded(stage);
                events.publishEvent(new NotificationRequested("commitment.due", Set.of(), TOLD, null,
                        stage == Reminder.OVERDUE ? "commitment.notice.overdue" : "commitment.notice.dueSoon",
                        List.of(client(clients, commitment.getClientId()), commitment.getWhat(),
                                String.valueOf(commitment.getDue()), commitment.getOwner()),
                        dossier(commitment.getClientId(), "dossier-commitments"), false, clock.instant()));
                committed++;
            }
        }
        int visits = 0;
        for (ReturnVisit visit : returnVisits) {
            if (visit.reminderDue(today)) {
                visit.reminded(today);
                events.publishEvent(new NotificationRequested("returnVisit.due", Set.of(), TOLD, null,
                        "returnVisit.notice.due." + visit.getMethod().name(),
                        List.of(client(clients, visit.getClientId()), String.valueOf(visit.getScheduledOn())),
                        dossier(visit.getClientId(), "dossier-return-visits"), false, clock.instant()));
                visits++;
            }
        }
        return new Result(committed, visits);
    }

    private static String client(Map<Long, String> clients, long id) {
        return clients.getOrDefault(id, "#" + id);
    }

    private static String dossier(long clientId, String section) {
        return "/contracts/clients/" + clientId + "#" + section;
    }

    record Result(int commitments, int returnVisits) {
    }

}
