package org.garrison.siteops.preparedness;

import java.util.Arrays;

import org.garrison.shared.CurrentUser;
import org.garrison.shared.DomainException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Activating an emergency plan from an incident and ticking off its steps; answers go back to the incident. */
@Controller
class EmergencyResponseController {

    private final EmergencyResponses responses;

    EmergencyResponseController(EmergencyResponses responses) {
        this.responses = responses;
    }

    @PostMapping("/siteops/incidents/{id}/response")
    @PreAuthorize("hasAuthority('SITEOPS_RECORD')")
    String activate(@PathVariable long id, @RequestParam long planId, RedirectAttributes redirect) {
        return act(id, redirect, "siteops.response.activated", () -> responses.activate(CurrentUser.require(), id, planId));
    }

    @PostMapping("/siteops/incidents/{id}/response/steps/{position}")
    @PreAuthorize("hasAuthority('SITEOPS_RECORD')")
    String complete(@PathVariable long id, @PathVariable int position, RedirectAttributes redirect) {
        return act(id, redirect, "siteops.response.stepDoneFlash", () -> responses.complete(CurrentUser.require(), id, position));
    }

    private static String act(long id, RedirectAttributes redirect, String flash, Runnable change) {
        try {
            change.run();
            redirect.addFlashAttribute("flash", flash);
        }
        catch (DomainException ex) {
            redirect.addFlashAttribute("responseRefusal", ex.messageKey());
            redirect.addFlashAttribute("responseRefusalArgs",
                    Arrays.stream(ex.arguments()).map(String::valueOf).toArray(String[]::new));
        }
        return "redirect:/siteops/incidents/" + id;
    }

}
