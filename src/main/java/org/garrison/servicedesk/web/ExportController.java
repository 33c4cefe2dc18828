package org.garrison.servicedesk.web;

import org.garrison.servicedesk.internal.ServiceDeskExports;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;

/** Starts the service desk's Excel exports as long jobs and shows their progress page. */
@Controller
class ExportController {

    private final ServiceDeskExports exports;

    ExportController(ServiceDeskExports exports) {
        this.exports = exports;
    }

    @PostMapping("/servicedesk/complaints/export")
    @PreAuthorize("hasAuthority('COMPLAINTS_VIEW')")
    String complaints() {
        return "redirect:/jobs/" + exports.startComplaints();
    }

    @PostMapping("/servicedesk/whistleblowing/export")
    @PreAuthorize("hasAuthority('WHISTLEBLOWING_HANDLE')")
    String whistleReports() {
        return "redirect:/jobs/" + exports.startWhistleReports();
    }

}
