package org.garrison.rosters.web;

import org.garrison.rosters.internal.GuardRequests;
import org.garrison.rosters.internal.RequestLists;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.DomainException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The team leader's open swap and leave requests of the sites in scope, each approved or refused once. */
@Controller
@PreAuthorize("hasAuthority('ROSTER_APPROVE')")
class RequestController {

    private final GuardRequests requests;

    private final RequestLists lists;

    RequestController(GuardRequests requests, RequestLists lists) {
        this.requests = requests;
        this.lists = lists;
    }

    @GetMapping("/rosters/requests")
    String open(Model model) {
        var scope = CurrentUser.require().scope();
        model.addAttribute("swaps", lists.openSwaps(scope));
        model.addAttribute("leave", lists.openLeave(scope));
        return "rosters/requests";
    }

    @PostMapping("/rosters/requests/swaps/{id}")
    String decideSwap(@PathVariable long id, @RequestParam(defaultValue = "false") boolean approve,
            @RequestParam(required = false) String note, RedirectAttributes redirect) {
        var user = CurrentUser.require();
        return decided(redirect, () -> requests.decideSwap(user.scope(), id, approve, note, user.id()));
    }

    @PostMapping("/rosters/requests/leave/{id}")
    String decideLeave(@PathVariable long id, @RequestParam(defaultValue = "false") boolean approve,
            @RequestParam(required = false) String note, RedirectAttributes redirect) {
        var user = CurrentUser.require();
        return decided(redirect, () -> requests.decideLeave(user.scope(), id, approve, note, user.id()));
    }

    private static String decided(RedirectAttributes redirect, Runnable decision) {
        try {
            decision.run();
            redirect.addFlashAttribute("flash", "rosters.request.decided.ok");
        }
        catch (DomainException ex) {
            redirect.addFlashAttribute("problem", ex.messageKey());
            redirect.addFlashAttribute("problemArgs", ex.arguments());
        }
        return "redirect:/rosters/requests";
    }

}
