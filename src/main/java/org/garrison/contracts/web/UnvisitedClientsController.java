package org.garrison.contracts.web;

import static org.garrison.contracts.web.ContractController.scope;

import org.garrison.contracts.internal.VisitGaps;
import org.garrison.shared.DomainException;
import org.garrison.shared.PageResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Customer service's list of the active clients nobody visited for some months (巡回访问), the longest forgotten
 * first, with a link to plan the visit in the client's dossier.
 */
@Controller
class UnvisitedClientsController {

    private final VisitGaps gaps;

    UnvisitedClientsController(VisitGaps gaps) {
        this.gaps = gaps;
    }

    @GetMapping("/contracts/unvisited")
    @PreAuthorize("hasAuthority('CLIENT_RELATIONS_MANAGE')")
    String unvisited(@RequestParam(required = false) @Nullable Integer months, Model model) {
        int gap = months == null ? gaps.defaultMonths() : months;
        model.addAttribute("months", gap);
        model.addAttribute("maxMonths", VisitGaps.MAX_MONTHS);
        try {
            model.addAttribute("clients", gaps.unvisited(scope(), gap, PageResponse.request(0, PageResponse.MAX_SIZE)));
        }
        catch (DomainException ex) {
            model.addAttribute("refusalKey", ex.messageKey());
            model.addAttribute("refusalArgs", ex.arguments());
        }
        return "contracts/unvisited";
    }

}
