package org.garrison.duty.web;

import org.garrison.duty.internal.DutyReports;
import org.garrison.shared.CurrentUser;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The duty books' reports: post-check coverage per site and week by checker role, findings by line and site, handover
 * completeness per site and week.
 */
@Controller
class ReportController {

    private final DutyReports reports;

    ReportController(DutyReports reports) {
        this.reports = reports;
    }

    @GetMapping("/duty/reports")
    @PreAuthorize("hasAuthority('DUTY_VIEW')")
    String reports(@RequestParam(defaultValue = "4") int weeks, Model model) {
        int span = Math.max(1, Math.min(weeks, 26));
        var scope = CurrentUser.require().scope();
        model.addAttribute("coverage", reports.coverage(scope, span));
        model.addAttribute("findings", reports.findings(scope, span));
        model.addAttribute("handovers", reports.handovers(scope, span));
        model.addAttribute("from", reports.firstWeek(span));
        model.addAttribute("weeks", span);
        return "duty/reports";
    }

}
