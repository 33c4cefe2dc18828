package org.garrison.patrols.internal;

import java.util.List;
import java.util.Map;

import org.garrison.identity.IdentityManagement;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.AuditedChange;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.DataScope;
import org.garrison.shared.DomainException;
import org.garrison.shared.SiteId;
import org.springframework.context.ApplicationEventPublisher;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The register of patrol wands: which guard carries which device, at which site. */
@Service
@Transactional
public class Wands {

    private final WandRepository wands;

    private final OrganisationManagement organisation;

    private final IdentityManagement identity;

    private final ApplicationEventPublisher events;

    Wands(WandRepository wands,
            OrganisationManagement organisation, IdentityManagement identity, ApplicationEventPublisher events) {
        this.wands = wands;
        this.organisation = organisation;
        this.identity = identity;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<Wand> in(DataScope scope) {
        return wands.findAll(organisation.siteFilter(scope).on("siteId"), Sort.by("deviceId"));
    }

    /** One page of the scope's wands, of one site unless {@code siteId} is {@code null}, by device id. */
    @Transactional(readOnly = true)
    public Page<Wand> in(DataScope scope, @Nullable Long siteId, Pageable pageable) {
        Specification<Wand> shown = organisation.siteFilter(scope).on("siteId");
        if (siteId != null) {
            shown = shown.and(Specs.is("siteId", siteId));
        }
        return wands.findAll(shown, PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("deviceId")));
    }

    /** Registers the device for the guard at the site, or hands a registered device to them. */
    public Wand register(DataScope scope, String deviceId, String guardUsername, long siteId) {
        organisation.requireSite(scope, new SiteId(siteId));
        CurrentUser guard = identity.user(guardUsername)
            .orElseThrow(() -> new DomainException("patrol.wand.unknownGuard", guardUsername));
        var existing = wands.findByDeviceId(deviceId);
        if (existing.isPresent() && !organisation.covers(scope, new SiteId(existing.get().getSiteId()))) {
            throw new DomainException("patrol.wand.elsewhere", deviceId);
        }
        var wand = existing.orElseGet(() -> new Wand(deviceId, guard.id(), siteId));
        wand.handTo(guard.id(), siteId);
        var saved = wands.save(wand);
        events.publishEvent(AuditedChange.of(existing.isPresent() ? "UPDATE" : "CREATE", "PatrolWand", saved.getId(),
                deviceId, null, Map.of("guard", guardUsername, "siteId", siteId)));
        return saved;
    }

}
