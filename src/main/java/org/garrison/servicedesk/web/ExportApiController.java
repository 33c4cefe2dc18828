package org.garrison.servicedesk.web;


import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.garrison.longjobs.JobId;
import org.garrison.longjobs.JobView;
import org.garrison.longjobs.LongJobs;
import org.garrison.servicedesk.internal.ServiceDeskExports;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Starts the service desk's Excel exports over REST, as the pages' export buttons do: a long job of the caller, whose
 * file is fetched from {@code /api/v1/jobs/{id}/result} once it is done.
 */
@RestController
class ExportApiController {

    private final ServiceDeskExports exports;

    private final LongJobs jobs;

    ExportApiController(ServiceDeskExports exports, LongJobs jobs) {
        this.exports = exports;
        this.jobs = jobs;
    }

    @PostMapping("/api/v1/servicedesk/complaints/exports")
    @PreAuthorize("hasAuthority('COMPLAINTS_VIEW')")
    @Tag(name = "Complaints")
    @Operation(summary = "Export the complaint register to Excel",
            description = "As the register page's export: the complaints in the caller's scope (a client: only its "
                    + "own), newest first, in the caller's language. Answers 202 with the job and its Location; poll "
                    + "GET /api/v1/jobs/{id} until DONE, then GET /api/v1/jobs/{id}/result for the .xlsx file. "
                    + "Only the caller reads the job.")
    ResponseEntity<JobView> complaints() {
        return started(exports.startComplaints());
    }

    @PostMapping("/api/v1/servicedesk/whistleblowing/exports")
    @PreAuthorize("hasAuthority('WHISTLEBLOWING_HANDLE')")
    @Tag(name = "Whistle-blowing")
    @Operation(summary = "Export the whistle-blowing reports to Excel",
            description = "As the reports page's export, for handlers (WHISTLEBLOWING_HANDLE): the reporter stays "
                    + "sealed in the file unless the caller holds WHISTLEBLOWING_IDENTITY. Answers 202 with the job "
                    + "and its Location; the file is GET /api/v1/jobs/{id}/result once the job is DONE.")
    ResponseEntity<JobView> whistleReports() {
        return started(exports.startWhistleReports());
    }

    private ResponseEntity<JobView> started(long job) {
        return JobView.accepted(job, jobs.get(new JobId(job)));
    }

}
