package org.garrison.duty.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.people.PeopleManagement;
import org.garrison.shared.AuditedChange;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.DataScope;
import org.garrison.shared.DomainException;
import org.garrison.shared.SiteId;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Talk records (谈心记录簿) of the sites in scope, written by team leaders and supervisors. */
@Service
public class Talks {

    public static final String ENTITY = "TalkRecord";

    private final TalkRepository talks;

    private final OrganisationManagement organisation;

    private final PeopleManagement people;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    Talks(TalkRepository talks, OrganisationManagement organisation, PeopleManagement people, ApplicationEventPublisher events,
            Clock clock) {
        this.talks = talks;
        this.organisation = organisation;
        this.people = people;
        this.events = events;
        this.clock = clock;
    }

    /** A talk record with its site's name. */
    public record TalkRow(long id, String siteName, String employeeName, String leaderName, LocalDate talkedOn,
            String topic, @Nullable String followUp) {
    }

    @Transactional
    public long record(CurrentUser user, long siteId, long employeeId, @Nullable LocalDate talkedOn, String topic,
            @Nullable String followUp) {
        var site = new SiteId(siteId);
        if (!organisation.covers(user.scope(), site)) {
            throw new DomainException("duty.siteOutOfScope");
        }
        var guard = people.colleaguesAt(site)
            .stream()
            .filter(c -> c.id().value() == employeeId)
            .findFirst()
            .orElseThrow(() -> new DomainException("duty.check.guardNotAtSite"));
        LocalDate day = talkedOn == null ? LocalDate.now(clock) : talkedOn;
        if (day.isAfter(LocalDate.now(clock))) {
            throw new DomainException("duty.talk.inFuture");
        }
        var talk = talks.save(new TalkRecord(siteId, employeeId, guard.name(), user.displayName(), day, topic, followUp));
        events.publishEvent(AuditedChange.of("CREATE", ENTITY, talk.getId(), guard.name(), null,
                Map.of("topic", talk.getTopic(), "talkedOn", day)));
        return talk.getId();
    }

    /** One page of the talk records of the sites in scope, newest first. */
    @Transactional(readOnly = true)
    public Page<TalkRow> list(DataScope scope, Pageable pageable) {
        var found = talks.findAll(organisation.siteFilter(scope).on("siteId"), PageRequest.of(pageable.getPageNumber(),
                pageable.getPageSize(), Sort.by(Sort.Direction.DESC, "talkedOn", "id")));
        var names = organisation.siteNamesById(found.getContent().stream().map(TalkRecord::getSiteId).toList());
        return found.map(t -> new TalkRow(t.getId(), names.getOrDefault(t.getSiteId(), ""), t.getEmployeeName(),
                t.getLeaderName(), t.getTalkedOn(), t.getTopic(), t.getFollowUp()));
    }

}
