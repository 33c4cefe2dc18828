package org.garrison.imports.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.garrison.imports.ImportKind;
import org.garrison.imports.internal.Imports;
import org.garrison.longjobs.JobId;
import org.garrison.longjobs.JobView;
import org.garrison.longjobs.LongJobs;
import org.garrison.shared.DomainException;
import org.garrison.shared.NotFoundException;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The importers over REST: the template of each kind, an upload that starts the import as a long job (202 with the
 * job's address), the job's progress and the report of every row once done. The same service as the pages, and as
 * there one pair of endpoints for every {@link ImportKind} ({@code /api/v1/imports/{kind}}, each kind with its own
 * permission, an unknown kind 404).
 */
@RestController
@RequestMapping("/api/v1/imports")
@Tag(name = "Imports", description = "Moving in from Excel: employees, clients with contacts, sites with posts, checkpoints")
class ImportsApiController {

    private static final String STARTED = """
            {"jobId": 42, "status": "QUEUED", "job": "/api/v1/imports/jobs/42", "report": "/api/v1/imports/jobs/42/report"}""";

    private final Imports imports;

    private final LongJobs jobs;

    ImportsApiController(Imports imports, LongJobs jobs) {
        this.imports = imports;
        this.jobs = jobs;
    }

    /** An import that has started. */
    record Started(long jobId, String status, String job, String report) {

        static Started of(long id) {
            String job = "/api/v1/imports/jobs/" + id;
            return new Started(id, "QUEUED", job, job + "/report");
        }

    }

    @GetMapping("/{kind}/template")
    @PreAuthorize(Kinds.ANY)
    @Operation(summary = "Template of an import", description = "Excel: headers in the caller's language, an example "
            + "row, the values allowed in the caller's scope (employees: branches, sites, posts, certificate kinds, "
            + "statuses; clients: statuses; sites: branches, clients, post kinds; checkpoints: sites). Each kind "
            + "needs its own permission (IMPORT_EMPLOYEES, IMPORT_CLIENTS, IMPORT_SITES, IMPORT_CHECKPOINTS): 403 "
            + "without it, 404 for an unknown kind.")
    @ApiResponse(responseCode = "200", description = "The .xlsx template")
    @ApiResponse(responseCode = "403", description = "No permission for this kind")
    @ApiResponse(responseCode = "404", description = "Unknown kind")
    ResponseEntity<byte[]> template(@Parameter(description = "what the file brings in", schema = @Schema(
            allowableValues = { "employees", "clients", "sites", "checkpoints" })) @PathVariable String kind) {
        return Files.send(imports.template(Kinds.allowed(kind)));
    }

    @PostMapping(path = "/{kind}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(Kinds.ANY)
    @Operation(summary = "Import employees, clients with contacts, sites with posts or checkpoints",
            description = "Starts the import of an .xlsx or .csv (UTF-8 or GBK) file as a long job. Each kind needs "
                    + "its own permission: 403 without it, 404 for an unknown kind.")
    @ApiResponse(responseCode = "202", content = @Content(examples = @ExampleObject(STARTED)))
    @ApiResponse(responseCode = "403", description = "No permission for this kind")
    @ApiResponse(responseCode = "404", description = "Unknown kind")
    @ApiResponse(responseCode = "422", description = "The file is refused as a whole (unreadable, missing columns)")
    ResponseEntity<Started> start(@Parameter(description = "what the file brings in", schema = @Schema(
            allowableValues = { "employees", "clients", "sites", "checkpoints" })) @PathVariable String kind,
            @RequestPart("file") MultipartFile file) {
        ImportKind allowed = Kinds.allowed(kind);
        if (file.isEmpty()) {
            throw new DomainException("imports.error.noFile");
        }
        try {
            String name = file.getOriginalFilename() == null ? allowed.path() + ".xlsx" : file.getOriginalFilename();
            long id = imports.start(allowed, name, file.getBytes());
            return ResponseEntity.accepted().location(URI.create("/api/v1/imports/jobs/" + id)).body(Started.of(id));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    @GetMapping("/jobs/{id}")
    @PreAuthorize(Kinds.ANY)
    @Operation(summary = "An import's progress and summary",
            description = "404 when unknown, started by someone else or no import.")
    JobView job(@Parameter(description = "the job's id") @PathVariable long id) {
        return importJob(id);
    }

    @GetMapping("/jobs/{id}/report")
    @PreAuthorize(Kinds.ANY)
    @Operation(summary = "The report of every row",
            description = "Excel: the row number, the cells as read, the result (imported, updated, unchanged, "
                    + "refused) and the reason. 404 until the job is done.")
    ResponseEntity<InputStreamResource> report(@PathVariable long id) {
        importJob(id);
        var file = jobs.result(new JobId(id));
        var disposition = ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build();
        try {
            return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("X-Content-Type-Options", "nosniff")
                .contentType(MediaType.parseMediaType(file.contentType()))
                .body(new InputStreamResource(file.content().open()));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private JobView importJob(long id) {
        JobView view = jobs.get(new JobId(id));
        if (!view.kind().startsWith("imports.")) {
            throw new NotFoundException("entity.longJob", id);
        }
        return view;
    }

}
