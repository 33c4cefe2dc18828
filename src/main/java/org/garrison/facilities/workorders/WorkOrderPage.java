package org.garrison.facilities.workorders;

import java.time.Clock;
import java.time.LocalDateTime;

import org.garrison.contracts.ServiceKind;
import org.garrison.facilities.FacilitiesPermissions;
import org.garrison.facilities.internal.ServiceStaff;
import org.garrison.facilities.records.RecordForm;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.ClientId;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.ScopeLevel;
import org.garrison.shared.SiteId;
import org.garrison.sla.SlaManagement;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Fills the work-order pages' models: the order with its forms, and the filing form's choices. */
@Component
class WorkOrderPage {

    private final WorkOrderQueries queries;

    private final ServiceStaff staff;

    private final OrganisationManagement organisation;

    private final SlaManagement sla;

    private final Clock clock;

    WorkOrderPage(WorkOrderQueries queries, ServiceStaff staff, OrganisationManagement organisation, SlaManagement sla,
            Clock clock) {
        this.queries = queries;
        this.staff = staff;
        this.organisation = organisation;
        this.sla = sla;
        this.clock = clock;
    }

    /** The detail page; a form just posted (with its binding result) is already in the model. */
    String detail(Model model, CurrentUser user, long id) {
        var card = queries.card(user.scope(), id);
        var order = card.order();
        model.addAttribute("card", card);
        model.addAttribute("clock", sla.clockOf(WorkOrderJournal.ITEM_TYPE, order.getClockRef()).orElse(null));
        boolean manager = user.can(FacilitiesPermissions.FACILITIES_MANAGE);
        var assignee = order.getAssigneeId();
        boolean worker = user.can(FacilitiesPermissions.FACILITIES_WORK) && (manager || (assignee != null && assignee == user.id()));
        model.addAttribute("canManage", manager);
        model.addAttribute("canWork", worker);
        model.addAttribute("canConfirm", manager || user.scope().level() == ScopeLevel.CLIENT);
        if (manager) {
            model.addAttribute("staff", staff.at(new SiteId(order.getSiteId())));
        }
        if (!model.containsAttribute("assignForm")) {
            model.addAttribute("assignForm", new AssignForm(assignee));
        }
        for (String name : new String[] { "holdForm", "reopenForm" }) {
            if (!model.containsAttribute(name)) {
                model.addAttribute(name, ReasonForm.blank());
            }
        }
        for (String name : new String[] { "confirmForm", "moveForm" }) {
            if (!model.containsAttribute(name)) {
                model.addAttribute(name, NoteForm.blank());
            }
        }
        if (!model.containsAttribute("recordForm")) {
            var now = LocalDateTime.now(clock).withSecond(0).withNano(0);
            var begun = order.getOnSiteAt() != null ? order.getOnSiteAt() : order.getRespondedAt();
            var start = begun == null ? now : LocalDateTime.ofInstant(begun, clock.getZone()).withSecond(0).withNano(0);
            model.addAttribute("recordForm", RecordForm.prefilled(start, now, order.getPlace(), user.displayName(), clientName(order)));
        }
        return "facilities/work-order";
    }

    /** The filing form with its choices. */
    String form(Model model, CurrentUser user) {
        model.addAttribute("sites", organisation.siteChoices(user.scope()));
        model.addAttribute("services", ServiceKind.facilityServices());
        model.addAttribute("categories", Category.values());
        model.addAttribute("priorities", Priority.values());
        model.addAttribute("sources", Source.values());
        model.addAttribute("byClient", user.scope().level() == ScopeLevel.CLIENT);
        return "facilities/work-order-form";
    }

    private String clientName(WorkOrder order) {
        var client = order.getClientId();
        if (client == null) {
            return organisation.siteName(new SiteId(order.getSiteId()));
        }
        return organisation.clientNames(java.util.List.of(new ClientId(client))).getOrDefault(new ClientId(client), "");
    }

}
