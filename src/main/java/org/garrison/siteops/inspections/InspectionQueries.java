package org.garrison.siteops.inspections;

import java.time.Instant;
import java.util.List;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.SiteId;
import org.garrison.shared.DataScope;
import org.garrison.shared.NotFoundException;
import org.garrison.siteops.inspections.HazardViews.InspectionRow;
import org.garrison.siteops.internal.AccessScopes;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading inspections within the reader's scope. */
@Service
@Transactional(readOnly = true)
public class InspectionQueries {

    /** Lists show the newest inspections first, at most this many. */
    public static final int LIST_LIMIT = 200;

    private final InspectionRepository inspections;

    private final OrganisationManagement organisation;

    InspectionQueries(InspectionRepository inspections, OrganisationManagement organisation) {
        this.inspections = inspections;
        this.organisation = organisation;
    }

    public List<InspectionRow> recent(DataScope scope, @Nullable Long siteId) {
        var found = inspections.findAll(AccessScopes.<Inspection>atSites(organisation.siteFilter(scope), siteId),
                PageRequest.of(0, LIST_LIMIT, Sort.by(Sort.Order.desc("inspectedAt"), Sort.Order.desc("id"))))
            .getContent();
        var names = organisation.siteNamesById(found.stream().map(Inspection::getSiteId).toList());
        return found.stream().map(i -> InspectionRow.of(i, names.getOrDefault(i.getSiteId(), ""))).toList();
    }

    /**
     * A page of the inspections in scope, newest first, optionally at one site and within an inspection time
     * range ({@code from} inclusive, {@code to} exclusive).
     */
    public Page<InspectionRow> page(DataScope scope, @Nullable Long siteId, @Nullable Instant from, @Nullable Instant to,
            Pageable pageable) {
        Specification<Inspection> shown = AccessScopes.atSites(organisation.siteFilter(scope), siteId);
        if (from != null) {
            shown = shown.and((root, query, cb) -> cb.greaterThanOrEqualTo(root.get("inspectedAt"), from));
        }
        if (to != null) {
            shown = shown.and((root, query, cb) -> cb.lessThan(root.get("inspectedAt"), to));
        }
        var found = inspections.findAll(shown, PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                Sort.by(Sort.Order.desc("inspectedAt"), Sort.Order.desc("id"))));
        var names = organisation.siteNamesById(found.getContent().stream().map(Inspection::getSiteId).toList());
        return found.map(i -> InspectionRow.of(i, names.getOrDefault(i.getSiteId(), "")));
    }

    /** An inspection with its items. */
    public InspectionCard card(DataScope scope, long id) {
        var inspection = inspections.findOne(AccessScopes.<Inspection>atSites(organisation.siteFilter(scope)).and(AccessScopes.withId(id)))
            .orElseThrow(() -> new NotFoundException("entity.inspection", id));
        return new InspectionCard(InspectionRow.of(inspection, organisation.siteName(new SiteId(inspection.getSiteId()))),
                inspection.getItems());
    }

    public boolean exists(DataScope scope, long id) {
        return inspections.exists(AccessScopes.<Inspection>atSites(organisation.siteFilter(scope)).and(AccessScopes.withId(id)));
    }

    /** An inspection and what was found, item by item. */
    public record InspectionCard(InspectionRow row, List<InspectionItem> items) {
    }

}
