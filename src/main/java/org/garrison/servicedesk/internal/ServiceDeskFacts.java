package org.garrison.servicedesk.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

/** Reads for the module's facade: confirmed responsibility, a complaint's site and praise. */
@Component
public class ServiceDeskFacts {

    private final ComplaintRepository complaints;

    private final OpinionCards cards;

    ServiceDeskFacts(ComplaintRepository complaints, OpinionCards cards) {
        this.complaints = complaints;
        this.cards = cards;
    }

    public List<Complaint> confirmed(Instant from, Instant to) {
        return complaints.findAll((r, q, cb) -> cb.and(cb.isNotNull(r.get("resolution").get("responsibility")),
                cb.isNotNull(r.get("resolution").get("confirmedBy")), cb.greaterThanOrEqualTo(r.get("filedAt"), from),
                cb.lessThan(r.get("filedAt"), to)), org.springframework.data.domain.Sort.by("filedAt"));
    }

    public Optional<Long> complaintSite(String number) {
        return complaints.findByNumber(number).map(Complaint::getSiteId);
    }

    public List<OpinionCard> praise(LocalDate from, LocalDate to) {
        return cards.praise(from, to);
    }

}
