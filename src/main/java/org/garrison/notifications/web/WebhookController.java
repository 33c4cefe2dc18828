package org.garrison.notifications.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.garrison.notifications.internal.Delivery;
import org.garrison.notifications.internal.Dispatcher;
import org.garrison.notifications.internal.Outbox;
import org.garrison.notifications.internal.RobotFlavour;
import org.garrison.notifications.internal.Webhook;
import org.garrison.notifications.internal.Webhooks;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.DomainException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Group-chat robots per site or branch: add, remove, send a test alert; with the latest e-mails and
 * robot posts and what became of them.
 */
@Controller
class WebhookController {

    private static final String PATH = "/admin/notifications/webhooks";

    private final Webhooks webhooks;

    private final Dispatcher dispatcher;

    private final Outbox outbox;

    private final OrganisationManagement organisation;

    WebhookController(Webhooks webhooks, Dispatcher dispatcher, Outbox outbox, OrganisationManagement organisation) {
        this.webhooks = webhooks;
        this.dispatcher = dispatcher;
        this.outbox = outbox;
        this.organisation = organisation;
    }

    @GetMapping(PATH)
    @PreAuthorize("hasAuthority('NOTIFICATIONS_CONFIGURE')")
    String list(Model model) {
        model.addAttribute("form", WebhookForm.empty());
        return page(model);
    }

    @PostMapping(PATH)
    @PreAuthorize("hasAuthority('NOTIFICATIONS_CONFIGURE')")
    String add(@Valid @ModelAttribute("form") WebhookForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return page(model);
        }
        try {
            webhooks.add(form.scopeType(), form.refId(), form.flavour(), form.url(), form.keyword());
        }
        catch (DomainException ex) {
            errors.reject(ex.messageKey(), ex.arguments(), null);
            return page(model);
        }
        redirect.addFlashAttribute("flash", "notification.webhook.added");
        return "redirect:" + PATH;
    }

    @PostMapping(PATH + "/{id}/remove")
    @PreAuthorize("hasAuthority('NOTIFICATIONS_CONFIGURE')")
    String remove(@PathVariable long id, RedirectAttributes redirect) {
        webhooks.remove(id);
        redirect.addFlashAttribute("flash", "notification.webhook.removed");
        return "redirect:" + PATH;
    }

    @PostMapping(PATH + "/{id}/test")
    @PreAuthorize("hasAuthority('NOTIFICATIONS_CONFIGURE')")
    String test(@PathVariable long id, Model model, RedirectAttributes redirect) {
        Delivery delivery = dispatcher.testRobot(id, CurrentUser.require().displayName());
        outbox.attempt(List.of(delivery));
        if (delivery.getStatus() == Delivery.Status.SENT) {
            redirect.addFlashAttribute("flash", "notification.webhook.tested");
            return "redirect:" + PATH;
        }
        var form = WebhookForm.empty();
        var errors = new BeanPropertyBindingResult(form, "form");
        errors.reject("notification.webhook.testFailed", new Object[] { String.valueOf(delivery.getLastError()) }, null);
        model.addAttribute("form", form);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors);
        return page(model);
    }

    /** The page; the form (bound, or empty) and its errors are in the model already. */
    private String page(Model model) {
        model.addAttribute("webhooks", webhooks.all());
        model.addAttribute("deliveries", outbox.latest());
        var sites = organisation.everySite().stream().map(site -> new Target(site.id().value(), site.name())).toList();
        var branches = organisation.branchNames().stream().map(b -> new Target(b.id().value(), b.name())).toList();
        model.addAttribute("sites", sites);
        model.addAttribute("branches", branches);
        model.addAttribute("targetNames", Map.of(Webhook.ScopeType.SITE, names(sites),
                Webhook.ScopeType.BRANCH, names(branches)));
        model.addAttribute("scopeTypes", Webhook.ScopeType.values());
        model.addAttribute("flavours", RobotFlavour.values());
        return "notifications/webhooks";
    }

    private static Map<Long, String> names(List<Target> targets) {
        return targets.stream().collect(Collectors.toMap(Target::id, Target::name));
    }

    /** A site or branch a robot may be limited to, by id and name. */
    record Target(long id, String name) {
    }

}
