package org.garrison.notifications.web;

import jakarta.validation.Valid;

import org.garrison.notifications.internal.Inbox;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.DomainException;
import org.garrison.shared.InternalLinks;
import org.springframework.data.domain.PageRequest;
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

/** The signed-in user's own inbox: list (unread first), the navbar badge, mark read, acknowledge. */
@Controller
class InboxController {

    static final int PAGE_SIZE = 20;

    private final Inbox inbox;

    private final NotificationViews views;

    InboxController(Inbox inbox, NotificationViews views) {
        this.inbox = inbox;
        this.views = views;
    }

    @GetMapping("/notifications")
    @PreAuthorize("isAuthenticated()")
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        long me = CurrentUser.require().id();
        model.addAttribute("page", inbox.of(me, PageRequest.of(Math.max(page, 0), PAGE_SIZE)).map(views::of));
        model.addAttribute("unread", inbox.unread(me));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", AcknowledgeForm.empty());
        }
        return "notifications/inbox";
    }

    @GetMapping("/notifications/badge")
    @PreAuthorize("isAuthenticated()")
    String badge(Model model) {
        model.addAttribute("unread", inbox.unread(CurrentUser.require().id()));
        return "notifications/badge :: badge";
    }

    @PostMapping("/notifications/{id}/read")
    @PreAuthorize("isAuthenticated()")
    String read(@PathVariable long id, @RequestParam(defaultValue = "false") boolean open) {
        var message = inbox.markRead(CurrentUser.require().id(), id);
        String link = message.getLink();
        return open && InternalLinks.isInternal(link) ? "redirect:" + link : "redirect:/notifications";
    }

    @PostMapping("/notifications/read-all")
    @PreAuthorize("isAuthenticated()")
    String readAll(RedirectAttributes redirect) {
        inbox.markAllRead(CurrentUser.require().id());
        redirect.addFlashAttribute("flash", "notification.markedAllRead");
        return "redirect:/notifications";
    }

    @PostMapping("/notifications/{id}/acknowledge")
    @PreAuthorize("isAuthenticated()")
    String acknowledge(@PathVariable long id, @Valid @ModelAttribute("form") AcknowledgeForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            errors.reject("notification.ackCommentMissing");
            return list(0, model);
        }
        try {
            inbox.acknowledge(CurrentUser.require().id(), id, form.comment());
        }
        catch (DomainException ex) {
            errors.reject(ex.messageKey(), ex.arguments(), null);
            return list(0, model);
        }
        redirect.addFlashAttribute("flash", "notification.ackDone");
        return "redirect:/notifications";
    }

}
