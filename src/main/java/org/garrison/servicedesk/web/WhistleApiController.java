package org.garrison.servicedesk.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.garrison.servicedesk.internal.WhistleReports;
import org.garrison.servicedesk.internal.WhistleReports.WhistleView;
import org.garrison.shared.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Whistle-blowing reports over REST for their handlers; the reporter is "SEALED" unless the caller is designated. */
@RestController
@RequestMapping("/api/v1/servicedesk/whistleblowing")
@Tag(name = "Whistle-blowing", description = "Reports (投诉举报监督卡) with the reporter's identity sealed")
class WhistleApiController {

    private final WhistleReports reports;

    WhistleApiController(WhistleReports reports) {
        this.reports = reports;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('WHISTLEBLOWING_HANDLE')")
    @Operation(summary = "List reports", description = "Newest first, at most 200. reporter is SEALED, ANONYMOUS, "
            + "or the name and contact for holders of WHISTLEBLOWING_IDENTITY.")
    List<WhistleView> list() {
        return reports.list(CurrentUser.require());
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('WHISTLEBLOWING_HANDLE')")
    @Operation(summary = "One report", description = "404 when unknown.")
    WhistleView show(@PathVariable long id) {
        return reports.one(CurrentUser.require(), id);
    }

}
