package org.garrison.longjobs.web;


import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.garrison.longjobs.JobId;
import org.garrison.longjobs.JobView;
import org.garrison.longjobs.LongJobs;
import org.garrison.longjobs.internal.ExportClientsJob;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** The client register's Excel export over REST: the same long job as the export button on "my jobs". */
@RestController
@Tag(name = "Clients", description = "Client records (客户信息) within the caller's data scope")
class ClientExportApiController {

    private final ExportClientsJob exportClients;

    private final LongJobs jobs;

    ClientExportApiController(ExportClientsJob exportClients, LongJobs jobs) {
        this.exportClients = exportClients;
        this.jobs = jobs;
    }

    @PostMapping("/api/v1/clients/exports")
    @PreAuthorize("hasAuthority('CLIENTS_VIEW')")
    @Operation(summary = "Export the clients to Excel", description = "Starts the same long job as the export on the "
            + "\"my jobs\" page: every client within the caller's data scope, headers in the caller's language. Follow "
            + "it at the Location (GET /api/v1/jobs/{id}); once DONE, the .xlsx is at GET /api/v1/jobs/{id}/result. "
            + "Needs CLIENTS_VIEW.")
    @ApiResponse(responseCode = "202", description = "started; Location names the job")
    @ApiResponse(responseCode = "403", description = "without CLIENTS_VIEW",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<JobView> export() {
        long id = exportClients.start();
        // relative, never built from the request's Host header
        return JobView.accepted(id, jobs.get(new JobId(id)));
    }

}
