package org.garrison.facilities.workorders;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.DataScope;
import org.garrison.shared.NotFoundException;
import org.garrison.shared.ScopeLevel;
import org.garrison.shared.SiteId;
import org.jspecify.annotations.Nullable;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/** Work orders as a scope sees them: the query itself is limited to the sites in scope. */
@Component
class ScopedWorkOrders {

    private final WorkOrderRepository orders;

    private final OrganisationManagement organisation;

    ScopedWorkOrders(WorkOrderRepository orders, OrganisationManagement organisation) {
        this.orders = orders;
        this.organisation = organisation;
    }

    WorkOrder find(DataScope scope, long id) {
        Specification<WorkOrder> byId = (root, query, cb) -> cb.equal(root.get("id"), id);
        return orders.findOne(byId.and(organisation.siteFilter(scope).on("siteId")))
            .orElseThrow(() -> new NotFoundException("entity.workOrder", id));
    }

    /**
     * The client of a site in scope ({@code null} when the site has none).
     *
     * @throws NotFoundException when the site is outside the scope
     */
    @Nullable
    Long clientOf(DataScope scope, SiteId site) {
        organisation.requireSite(scope, site);
        if (scope.level() == ScopeLevel.CLIENT) {
            return scope.refId();
        }
        return organisation.clientsIn(new DataScope(ScopeLevel.SITE, site.value(), 0)).stream()
            .findFirst()
            .map(client -> client.id().value())
            .orElse(null);
    }

}
