package org.garrison.servicedesk.web;

import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.garrison.servicedesk.internal.WhistleReport;
import org.garrison.servicedesk.internal.WhistleReports;
import org.garrison.servicedesk.internal.WhistleReports.WhistleView;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.PageResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Whistle-blowing reports over REST: anyone signed in reports (named under their own account, or anonymously); handlers
 * read them with the reporter "SEALED" unless the caller is designated.
 */
@RestController
@RequestMapping("/api/v1/servicedesk/whistleblowing")
@Tag(name = "Whistle-blowing", description = "Reports (投诉举报监督卡) with the reporter's identity sealed")
class WhistleApiController {

    private final WhistleReports reports;

    WhistleApiController(WhistleReports reports) {
        this.reports = reports;
    }

    @PostMapping
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Report (投诉举报)", description = "As on the page: a named report carries the caller's account "
            + "(display name and user name, sealed: only holders of WHISTLEBLOWING_IDENTITY see it); with "
            + "`anonymous: true` nothing about the caller is kept. Answers only the report's number.")
    ResponseEntity<Map<String, String>> report(@Valid @RequestBody WhistleRequest request) {
        String number = reports.receive(CurrentUser.require(), request.isAnonymous(), null, request.contact(),
                request.subject(), request.details(), request.place());
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("number", number));
    }

    @GetMapping
    @PreAuthorize("hasAuthority('WHISTLEBLOWING_HANDLE')")
    @Operation(summary = "List reports", description = "Newest first, optionally in one state. reporter is SEALED, "
            + "ANONYMOUS, or the name and contact for holders of WHISTLEBLOWING_IDENTITY.")
    PageResponse<WhistleView> list(@Parameter(description = "only reports in this state")
            @RequestParam(required = false) WhistleReport.@Nullable State state,
            @Parameter(description = "page number, from 0") @RequestParam(defaultValue = "0") @Min(0) int page,
            @Parameter(description = "entries per page, 1 to 100") @RequestParam(defaultValue = "20") @Min(1) @Max(PageResponse.MAX_SIZE) int size) {
        return PageResponse.of(reports.list(CurrentUser.require(), state, PageResponse.request(page, size)));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('WHISTLEBLOWING_HANDLE')")
    @Operation(summary = "One report", description = "404 when unknown.")
    WhistleView show(@PathVariable long id) {
        return reports.one(CurrentUser.require(), id);
    }

}
