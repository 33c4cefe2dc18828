package org.garrison.servicedesk;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.garrison.servicedesk.internal.ServiceDeskFacts;
import org.garrison.shared.SiteId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules ask of the service desk: confirmed responsibility from complaints (appraisal) and
 * clients' praise (rewards). Both are company-wide; the caller applies its own data scope by site.
 */
@Service
@Transactional(readOnly = true)
public class ServiceDeskManagement {

    private final ServiceDeskFacts facts;

    ServiceDeskManagement(ServiceDeskFacts facts) {
        this.facts = facts;
    }

    /**
     * Complaints filed from {@code from} (inclusive) to {@code to} (exclusive) whose responsibility was confirmed
     * and drafted, oldest first.
     */
    public List<ConfirmedResponsibility> confirmedResponsibilities(Instant from, Instant to) {
        return facts.confirmed(from, to)
            .stream()
            .map(c -> new ConfirmedResponsibility(c.getNumber(), new SiteId(c.getSiteId()), c.getCategory().name(),
                    Objects.requireNonNullElse(c.getResolution().getResponsiblePeople(), ""),
                    c.getResolution().getResponsibility().name(), c.getResolution().getCompensation(), c.getFiledAt()))
            .toList();
    }

    /**
     * The site of the complaint numbered {@code number} (e.g. {@code KS-20261207-001}); empty when there is none.
     * Company-wide like the rest: the caller applies its scope by site.
     */
    public Optional<SiteId> complaintSite(String number) {
        return facts.complaintSite(number).map(SiteId::new);
    }

    /** Praise cards written between the two days (inclusive), oldest first. */
    public List<Praise> praise(LocalDate from, LocalDate to) {
        return facts.praise(from, to)
            .stream()
            .map(c -> new Praise(new OpinionCardId(c.getId()), new SiteId(c.getSiteId()), c.getPerson(), c.getPost(), c.getContent(),
                    c.getWrittenOn()))
            .toList();
    }

}
