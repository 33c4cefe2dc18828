package org.garrison.patrols.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.garrison.longjobs.JobId;
import org.garrison.longjobs.JobView;
import org.garrison.longjobs.LongJobs;
import org.garrison.patrols.RateGrouping;
import org.garrison.patrols.internal.ExportRatesJob;
import org.garrison.patrols.internal.LabelSheet;
import org.garrison.shared.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The patrol files over the API, as on their pages: the checkpoints' QR label sheet (PDF) and the completion-rate
 * export (Excel, a long job).
 */
@RestController
@RequestMapping("/api/v1/patrol")
class PatrolFilesApiController {

    private final LabelSheet labels;

    private final ExportRatesJob export;

    private final LongJobs jobs;

    private final MessageSource messages;

    PatrolFilesApiController(LabelSheet labels, ExportRatesJob export, LongJobs jobs, MessageSource messages) {
        this.labels = labels;
        this.export = export;
        this.jobs = jobs;
        this.messages = messages;
    }

    @GetMapping("/checkpoints/labels.pdf")
    @PreAuthorize("hasAuthority('PATROL_CONFIGURE')")
    @Tag(name = "Patrol setup")
    @Operation(summary = "The QR labels of chosen checkpoints as a printable A4 PDF (three across)",
            description = "ids: the checkpoints, in print order (at most 300); retired ones are left out. Each label "
                    + "holds the checkpoint's QR code, name, code and site; Chinese names print with the embedded font. "
                    + "404 when a checkpoint is unknown or outside the caller's scope; 422 when none is chosen or "
                    + "none is active, or too many.",
            responses = @ApiResponse(responseCode = "200", description = "the label sheet",
                    content = @Content(mediaType = MediaType.APPLICATION_PDF_VALUE)))
    ResponseEntity<byte[]> labels(
            @Parameter(description = "checkpoint ids, repeated: ids=11&ids=12") @RequestParam(name = "ids",
                    required = false) @Nullable List<Long> ids,
            Locale locale) {
        String title = messages.getMessage("patrol.labels.title", null, locale);
        return LabelController.inline(labels.pdf(CurrentUser.require().scope(), ids == null ? List.of() : ids, title));
    }

    @PostMapping("/rates/exports")
    @PreAuthorize("hasAuthority('PATROL_MONITOR')")
    @Tag(name = "Patrol monitoring")
    @Operation(summary = "Export the completion rates (巡逻到位率) to Excel, as a long job",
            description = "The same export as the rates page: one sheet by the grouping (by = SITE (default), BRANCH, "
                    + "ROUTE or GUARD), one with the daily trend, headers in the caller's language. from/to are service "
                    + "days in the business zone; a period longer than a year or ending before it starts is refused "
                    + "with 422. Answers 202 with the job; follow it at the Location (GET /api/v1/jobs/{id}) and "
                    + "download the .xlsx from GET /api/v1/jobs/{id}/result once its status is DONE.",
            responses = @ApiResponse(responseCode = "202", description = "the export started",
                    content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, examples = @ExampleObject("""
                            {"id": 42, "kind": "patrols.rates.export", "title": "巡逻到位率 2026-11-01 至 2026-11-30",
                             "status": "QUEUED", "done": 0, "total": 0, "createdAt": "2026-12-07T02:30:00Z"}"""))))
    ResponseEntity<JobView> exportRates(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "SITE") RateGrouping by) {
        long id = export.start(by, from, to);
        return JobView.accepted(id, jobs.get(new JobId(id)));
    }

}
