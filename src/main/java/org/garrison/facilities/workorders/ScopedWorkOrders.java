package org.garrison.facilities.workorders;

import java.util.List;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.DataScope;
import org.garrison.shared.NotFoundException;
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
        var clients = organisation.clientsOfSites(scope, List.of(site));
        if (!clients.containsKey(site)) {
            throw new NotFoundException("entity.site", site.value());
        }
        return clients.get(site);
    }

}
