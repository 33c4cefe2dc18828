package org.garrison.servicedesk.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.AuditedChange;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.NotFoundException;
import org.garrison.shared.SiteId;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opinion cards, written in the portal by a client or entered by customer service; listed within the scope. */
@Service
@Transactional
public class OpinionCards {

    private final OpinionCardRepository cards;

    private final OrganisationManagement organisation;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    OpinionCards(OpinionCardRepository cards, OrganisationManagement organisation, ApplicationEventPublisher events,
            Clock clock) {
        this.cards = cards;
        this.organisation = organisation;
        this.events = events;
        this.clock = clock;
    }

    public OpinionCard write(CurrentUser user, long siteId, OpinionCard.Kind kind, @Nullable String person,
            @Nullable String post, String content) {
        if (!organisation.covers(user.scope(), new SiteId(siteId))) {
            throw new NotFoundException("entity.site", siteId);
        }
        var card = cards.save(new OpinionCard(siteId, kind, person, post, content, user.displayName(),
                LocalDate.now(clock)));
        events.publishEvent(AuditedChange.of("CREATE", "OpinionCard", card.getId(), kind.name(), null,
                Map.of("siteId", siteId, "kind", kind.name())));
        return card;
    }

    @Transactional(readOnly = true)
    public List<OpinionCard> list(CurrentUser user) {
        return cards.findAll(organisation.siteFilter(user.scope()).on("siteId"),
                PageRequest.of(0, 200, Sort.by(Sort.Direction.DESC, "writtenOn", "id"))).getContent();
    }

    /** The cards in the user's scope, newest first, optionally of one site or of one kind. */
    @Transactional(readOnly = true)
    public Page<OpinionCard> find(CurrentUser user, @Nullable Long siteId, OpinionCard.@Nullable Kind kind,
            Pageable pageable) {
        Specification<OpinionCard> where = organisation.siteFilter(user.scope()).on("siteId");
        if (siteId != null) {
            where = where.and((root, query, cb) -> cb.equal(root.get("siteId"), siteId));
        }
        if (kind != null) {
            where = where.and((root, query, cb) -> cb.equal(root.get("kind"), kind));
        }
        return cards.findAll(where, PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                Sort.by(Sort.Direction.DESC, "writtenOn", "id")));
    }

    /** One card in the user's scope; unknown and out of scope read alike. */
    @Transactional(readOnly = true)
    public OpinionCard one(CurrentUser user, long id) {
        Specification<OpinionCard> where = organisation.siteFilter(user.scope()).on("siteId");
        return cards.findOne(where.and((root, query, cb) -> cb.equal(root.get("id"), id)))
            .orElseThrow(() -> new NotFoundException("entity.opinionCard", id));
    }

    @Transactional(readOnly = true)
    List<OpinionCard> praise(LocalDate from, LocalDate to) {
        return cards.findByKindAndWrittenOnBetweenOrderByWrittenOnAsc(OpinionCard.Kind.PRAISE, from, to);
    }

}
