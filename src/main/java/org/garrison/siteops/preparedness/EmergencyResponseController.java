package org.garrison.siteops.preparedness;

import org.garrison.shared.CurrentUser;
import org.garrison.shared.DomainException;
import org.garrison.siteops.web.ProblemFlash;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Ticking off the steps of the emergency plan activated for an incident; answers go back to the incident. */
@Controller
class EmergencyResponseController {

    private final EmergencyResponses responses;

    EmergencyResponseController(EmergencyResponses responses) {
        this.responses = responses;
    }

    @PostMapping("/siteops/incidents/{id}/response/steps/{position}")
    @PreAuthorize("hasAuthority('SITEOPS_RECORD')")
    String complete(@PathVariable long id, @PathVariable int position, RedirectAttributes redirect) {
        try {
            responses.complete(CurrentUser.require(), id, position);
            redirect.addFlashAttribute("flash", "siteops.response.stepDoneFlash");
        }
        catch (DomainException ex) {
            // one small form per step: the refusal is shown at the top of the incident page it returns to
            ProblemFlash.add(redirect, ex);
        }
        return "redirect:/siteops/incidents/" + id;
    }

}
