package org.garrison.longjobs.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.garrison.longjobs.JobId;
import org.garrison.longjobs.JobView;
import org.garrison.longjobs.LongJobs;
import org.garrison.shared.PageResponse;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The caller's long jobs over REST: their state and progress, and the result file once done. */
@RestController
@RequestMapping("/api/v1/jobs")
@Tag(name = "Long jobs", description = "Background imports, exports and reports of the caller")
class JobApiController {

    private final LongJobs jobs;

    JobApiController(LongJobs jobs) {
        this.jobs = jobs;
    }

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "The caller's jobs", description = "Newest first.")
    PageResponse<JobView> list(
            @Parameter(description = "page number, from 0") @RequestParam(defaultValue = "0") @Min(0) int page,
            @Parameter(description = "entries per page, 1 to 100") @RequestParam(defaultValue = "20") @Min(1) @Max(PageResponse.MAX_SIZE) int size) {
        return PageResponse.of(jobs.mine(PageResponse.request(page, size)));
    }

    @GetMapping("/{id}")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "One of the caller's jobs", description = "404 when unknown or started by someone else.")
    JobView show(@PathVariable long id) {
        return jobs.get(new JobId(id));
    }

    @GetMapping("/{id}/result")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Download the result file", description = "404 until the job is done with a file.")
    ResponseEntity<InputStreamResource> result(@PathVariable long id) {
        return Downloads.send(jobs.result(new JobId(id)));
    }

}
