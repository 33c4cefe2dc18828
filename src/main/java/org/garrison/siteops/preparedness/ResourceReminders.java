package org.garrison.siteops.preparedness;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.NotificationRequested;
import org.garrison.shared.SiteId;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The morning reminder of emergency resources: each site's team leader gets one summary of the resources
 * that reached a new {@link ResourceStage} (check due soon or overdue, expiring soon or expired); a stage
 * already told is never told again, however often the reminder runs and on whichever node.
 */
@Service
public class ResourceReminders {

    static final String KIND = "resource.due";

    private static final String NONE = "-";

    private final EmergencyResourceRepository resources;

    private final ResourceReminderRepository reminders;

    private final OrganisationManagement organisation;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    ResourceReminders(EmergencyResourceRepository resources, ResourceReminderRepository reminders, OrganisationManagement organisation,
            ApplicationEventPublisher events, Clock clock) {
        this.resources = resources;
        this.reminders = reminders;
        this.organisation = organisation;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Remembers and tells the stages reached on {@code today} that were not told before; returns how many sites
     * were told. A concurrent run telling the same stage fails on the database's unique key and tells nothing.
     */
    @Transactional
    public int remind(LocalDate today) {
        var candidates = resources.findByNextCheckLessThanEqualOrExpiresOnLessThanEqualOrderBySiteIdAscIdAsc(
                ResourceStage.checkHorizon(today), ResourceStage.expiryHorizon(today));
        if (candidates.isEmpty()) {
            return 0;
        }
        Set<ResourceReminder.Key> told = reminders
            .findByResourceIdIn(candidates.stream().map(EmergencyResource::getId).toList())
            .stream()
            .map(ResourceReminder::key)
            .collect(Collectors.toCollection(HashSet::new));
        var perSite = new TreeMap<Long, Map<ResourceStage, List<String>>>();
        for (EmergencyResource resource : candidates) {
            for (var reached : ResourceStage.reached(resource.getNextCheck(), resource.getExpiresOn(), today)) {
                if (told.add(new ResourceReminder.Key(resource.getId(), reached))) {
                    reminders.save(new ResourceReminder(resource.getId(), reached, today));
                    perSite.computeIfAbsent(resource.getSiteId(), site -> new EnumMap<>(ResourceStage.class))
                        .computeIfAbsent(reached.stage(), stage -> new ArrayList<>())
                        .add(resource.getName() + " (" + resource.getLocation() + ")");
                }
            }
        }
        var names = organisation.siteNamesById(perSite.keySet());
        perSite.forEach((siteId, stages) -> events.publishEvent(new NotificationRequested(KIND, Set.of(),
                Set.of("TEAM_LEADER"), SiteId.ofNullable(siteId), "siteops.notice.resourceStages", List.of(names.getOrDefault(siteId, ""),
                        listed(stages, ResourceStage.CHECK_DUE_SOON), listed(stages, ResourceStage.CHECK_OVERDUE),
                        listed(stages, ResourceStage.EXPIRING_SOON), listed(stages, ResourceStage.EXPIRED)),
                "/siteops/resources", false, clock.instant())));
        return perSite.size();
    }

    private static String listed(Map<ResourceStage, List<String>> stages, ResourceStage stage) {
        var labels = stages.get(stage);
        return labels == null ? NONE : String.join(", ", labels);
    }

}
