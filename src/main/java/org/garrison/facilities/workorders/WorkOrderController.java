package org.garrison.facilities.workorders;

import java.time.Clock;

import jakarta.validation.Valid;

import org.garrison.contracts.ServiceKind;
import org.garrison.facilities.records.RecordForm;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.DomainException;
import org.garrison.shared.ScopeLevel;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Work-order pages (工单): the list with its filters, filing a request (a client in the portal, customer service,
 * logistics, or staff reporting a fault), and one order with the moves the user may make.
 */
@Controller
class WorkOrderController {

    private final WorkOrders orders;

    private final WorkOrderQueries queries;

    private final WorkOrderPage page;

    private final OrganisationManagement organisation;

    private final Clock clock;

    WorkOrderController(WorkOrders orders, WorkOrderQueries queries, WorkOrderPage page, OrganisationManagement organisation,
            Clock clock) {
        this.orders = orders;
        this.queries = queries;
        this.page = page;
        this.organisation = organisation;
        this.clock = clock;
    }

    @GetMapping("/facilities/work-orders")
    @PreAuthorize("hasAuthority('FACILITIES_VIEW')")
    String list(@RequestParam(required = false) @Nullable Long siteId, @RequestParam(required = false) @Nullable ServiceKind service,
            @RequestParam(required = false) @Nullable WorkOrderState state, @RequestParam(defaultValue = "false") boolean open,
            @RequestParam(defaultValue = "false") boolean overdue, @RequestParam(defaultValue = "0") int page, Model model) {
        var scope = CurrentUser.require().scope();
        var filter = new WorkOrderQueries.Filter(siteId, service, state, open, overdue);
        model.addAttribute("orders", queries.list(scope, filter, page));
        model.addAttribute("filter", filter);
        model.addAttribute("sites", organisation.siteChoices(scope));
        model.addAttribute("services", ServiceKind.facilityServices());
        model.addAttribute("states", WorkOrderState.values());
        return "facilities/work-orders";
    }

    @GetMapping("/facilities/work-orders/new")
    @PreAuthorize("hasAnyAuthority('FACILITIES_REQUEST', 'FACILITIES_WORK')")
    String newOrder(@RequestParam(required = false) @Nullable Long siteId, @RequestParam(required = false) @Nullable Source source,
            @RequestParam(required = false) @Nullable String sourceRef, Model model) {
        var user = CurrentUser.require();
        var choices = organisation.siteChoices(user.scope());
        model.addAttribute("form", WorkOrderForm.blank(siteId != null ? siteId : choices.size() == 1 ? choices.get(0).id().value() : null,
                source, sourceRef));
        return page.form(model, user);
    }

    @PostMapping("/facilities/work-orders")
    @PreAuthorize("hasAnyAuthority('FACILITIES_REQUEST', 'FACILITIES_WORK')")
    String file(@Valid @ModelAttribute("form") WorkOrderForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        var user = CurrentUser.require();
        if (errors.hasErrors()) {
            return page.form(model, user);
        }
        long id;
        try {
            id = orders.file(user, form.toRequest(defaultSource(user))).getId();
        }
        catch (DomainException ex) {
            errors.reject(ex.messageKey(), ex.arguments(), null);
            return page.form(model, user);
        }
        redirect.addFlashAttribute("flash", "facilities.workOrder.filed");
        return "redirect:/facilities/work-orders/" + id;
    }

    @GetMapping("/facilities/work-orders/{id}")
    @PreAuthorize("hasAuthority('FACILITIES_VIEW')")
    String show(@PathVariable long id, Model model) {
        return page.detail(model, CurrentUser.require(), id);
    }

    @PostMapping("/facilities/work-orders/{id}/assign")
    @PreAuthorize("hasAuthority('FACILITIES_MANAGE')")
    String assign(@PathVariable long id, @Valid @ModelAttribute("assignForm") AssignForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        return act(id, errors, model, redirect, user -> orders.assign(user, id, java.util.Objects.requireNonNull(form.assigneeId())));
    }

    @PostMapping("/facilities/work-orders/{id}/respond")
    @PreAuthorize("hasAuthority('FACILITIES_WORK')")
    String respond(@PathVariable long id, @ModelAttribute("moveForm") NoteForm unused, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        return act(id, errors, model, redirect, user -> orders.respond(user, id));
    }

    @PostMapping("/facilities/work-orders/{id}/arrive")
    @PreAuthorize("hasAuthority('FACILITIES_WORK')")
    String arrive(@PathVariable long id, @ModelAttribute("moveForm") NoteForm unused, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        return act(id, errors, model, redirect, user -> orders.arrive(user, id));
    }

    @PostMapping("/facilities/work-orders/{id}/hold")
    @PreAuthorize("hasAuthority('FACILITIES_WORK')")
    String hold(@PathVariable long id, @Valid @ModelAttribute("holdForm") ReasonForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        return act(id, errors, model, redirect, user -> orders.holdForException(user, id, java.util.Objects.requireNonNull(form.reason())));
    }

    @PostMapping("/facilities/work-orders/{id}/resume")
    @PreAuthorize("hasAuthority('FACILITIES_WORK')")
    String resume(@PathVariable long id, @ModelAttribute("moveForm") NoteForm unused, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        return act(id, errors, model, redirect, user -> orders.resume(user, id));
    }

    @PostMapping("/facilities/work-orders/{id}/complete")
    @PreAuthorize("hasAuthority('FACILITIES_WORK')")
    String complete(@PathVariable long id, @Valid @ModelAttribute("recordForm") RecordForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        return act(id, errors, model, redirect, user -> orders.complete(user, id, form.toContent(clock.getZone())));
    }

    @PostMapping("/facilities/work-orders/{id}/confirm")
    @PreAuthorize("hasAnyAuthority('FACILITIES_REQUEST', 'FACILITIES_MANAGE')")
    String confirm(@PathVariable long id, @Valid @ModelAttribute("confirmForm") NoteForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        return act(id, errors, model, redirect, user -> orders.confirm(user, id, form.note()));
    }

    @PostMapping("/facilities/work-orders/{id}/reopen")
    @PreAuthorize("hasAnyAuthority('FACILITIES_REQUEST', 'FACILITIES_MANAGE')")
    String reopen(@PathVariable long id, @Valid @ModelAttribute("reopenForm") ReasonForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        return act(id, errors, model, redirect, user -> orders.reopen(user, id, java.util.Objects.requireNonNull(form.reason())));
    }

    @PostMapping("/facilities/work-orders/{id}/close")
    @PreAuthorize("hasAuthority('FACILITIES_MANAGE')")
    String close(@PathVariable long id, @ModelAttribute("moveForm") NoteForm unused, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        return act(id, errors, model, redirect, user -> orders.close(user, id));
    }

    private String act(long id, BindingResult errors, Model model, RedirectAttributes redirect,
            java.util.function.Consumer<CurrentUser> change) {
        var user = CurrentUser.require();
        if (errors.hasErrors()) {
            return page.detail(model, user, id);
        }
        try {
            change.accept(user);
        }
        catch (DomainException ex) {
            errors.reject(ex.messageKey(), ex.arguments(), null);
            return page.detail(model, user, id);
        }
        redirect.addFlashAttribute("flash", "common.saved");
        return "redirect:/facilities/work-orders/" + id;
    }

    /** A client files its own request; customer service registers; anyone else reports by phone unless told. */
    static Source defaultSource(CurrentUser user) {
        if (user.scope().level() == ScopeLevel.CLIENT) {
            return Source.CLIENT_REQUEST;
        }
        return user.can(org.garrison.facilities.FacilitiesPermissions.FACILITIES_REQUEST) ? Source.CUSTOMER_SERVICE : Source.PHONE;
    }

}
