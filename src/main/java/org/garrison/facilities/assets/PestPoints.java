package org.garrison.facilities.assets;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.garrison.facilities.assets.AssetViews.PestInspectionRow;
import org.garrison.facilities.assets.AssetViews.PestPointRow;
import org.garrison.facilities.assets.PestForms.InspectionForm;
import org.garrison.facilities.assets.PestForms.PointForm;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.AuditedChange;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.DataScope;
import org.garrison.shared.DomainException;
import org.garrison.shared.NotFoundException;
import org.garrison.shared.SiteId;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Pest monitoring points (虫害监测点) of the sites and their inspections: the base of the pest-control rate. */
@Service
public class PestPoints {

    static final String ENTITY = "PestPoint";

    private final PestPointRepository points;

    private final PestInspectionRepository inspections;

    private final OrganisationManagement organisation;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    PestPoints(PestPointRepository points, PestInspectionRepository inspections, OrganisationManagement organisation,
            ApplicationEventPublisher events, Clock clock) {
        this.points = points;
        this.inspections = inspections;
        this.organisation = organisation;
        this.events = events;
        this.clock = clock;
    }

    /** Sets up a monitoring point at a site in the user's scope; a code the site already uses is refused. */
    @Transactional
    public PestPointRow add(CurrentUser user, PointForm form) {
        long siteId = Objects.requireNonNull(form.siteId());
        organisation.requireSite(user.scope(), new SiteId(siteId));
        if (points.existsBySiteIdAndCodeIgnoreCase(siteId, form.code().strip())) {
            throw new DomainException("facilities.assets.pest.codeTaken", form.code().strip());
        }
        var point = points.save(new PestPoint(siteId, form.code(), form.location(), Objects.requireNonNull(form.kind())));
        events.publishEvent(AuditedChange.of("CREATE", ENTITY, point.getId(), point.getCode(), null,
                Map.of("siteId", siteId, "code", point.getCode(), "location", point.getLocation(), "kind", point.getKind())));
        return PestPointRow.of(point, organisation.siteName(new SiteId(siteId)));
    }

    /** Takes a point out of use (it no longer counts) or back into use. */
    @Transactional
    public void setActive(CurrentUser user, long id, boolean active) {
        var point = visible(user.scope(), id);
        boolean was = point.isActive();
        point.setActive(active);
        events.publishEvent(AuditedChange.of(active ? "ACTIVATE" : "DEACTIVATE", ENTITY, id, point.getCode(),
                Map.of("active", was), Map.of("active", active)));
    }

    /** Records the inspection of an active point on a day (not after today). */
    @Transactional
    public PestInspectionRow inspect(CurrentUser user, InspectionForm form) {
        var point = visible(user.scope(), Objects.requireNonNull(form.pointId()));
        if (!point.isActive()) {
            throw new DomainException("facilities.assets.pest.pointInactive", point.getCode());
        }
        var inspection = inspections.save(new PestInspection(point, Scoped.day(form.day(), clock), form.activity(), form.note(),
                user.displayName(), clock.instant()));
        events.publishEvent(AuditedChange.of("CREATE", "PestInspection", inspection.getId(), point.getCode(), null,
                Map.of("point", point.getCode(), "day", inspection.getOnDay(), "activity", inspection.isActivity())));
        return row(inspection, point.getCode(), organisation.siteName(new SiteId(point.getSiteId())));
    }

    /** The points of the scope's sites (of one when given), by site and code. */
    @Transactional(readOnly = true)
    public List<PestPointRow> list(DataScope scope, @Nullable Long siteId) {
        var found = points.findAll(Scoped.at(organisation.siteFilter(scope), siteId), Sort.by("siteId", "code"));
        var names = organisation.siteNamesById(found.stream().map(PestPoint::getSiteId).toList());
        return found.stream().map(p -> PestPointRow.of(p, names.getOrDefault(p.getSiteId(), ""))).toList();
    }

    /** The latest inspections of the scope's points (of one site when given), newest first. */
    @Transactional(readOnly = true)
    public List<PestInspectionRow> inspections(DataScope scope, @Nullable Long siteId) {
        var found = inspections.findAll(Scoped.at(organisation.siteFilter(scope), siteId),
                PageRequest.of(0, Scoped.LIST_LIMIT, Sort.by(Sort.Direction.DESC, "onDay", "id"))).getContent();
        var names = organisation.siteNamesById(found.stream().map(PestInspection::getSiteId).toList());
        var codes = new java.util.HashMap<Long, String>();
        points.findAllById(found.stream().map(PestInspection::getPointId).distinct().toList())
            .forEach(p -> codes.put(p.getId(), p.getCode()));
        return found.stream()
            .map(i -> row(i, codes.getOrDefault(i.getPointId(), ""), names.getOrDefault(i.getSiteId(), "")))
            .toList();
    }

    private static PestInspectionRow row(PestInspection i, String code, String siteName) {
        return new PestInspectionRow(i.getId(), i.getPointId(), code, i.getSiteId(), siteName, i.getOnDay(), i.isActivity(),
                i.getNote(), i.getRecordedBy());
    }

    private PestPoint visible(DataScope scope, long id) {
        return points.findOne(Scoped.<PestPoint>withId(organisation.siteFilter(scope), id))
            .orElseThrow(() -> new NotFoundException("facilities.assets.entity.pestPoint", id));
    }

}
