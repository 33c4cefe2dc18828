package org.garrison.imports.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
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
 * job's address), the job's progress and the report of every row once done. The same service as the pages.
 */
@RestController
@RequestMapping("/api/v1/imports")
@Tag(name = "Imports", description = "Moving in from Excel: employees, clients with contacts, sites with posts, checkpoints")
class ImportsApiController {

    private static final String ANY = "hasAnyAuthority('IMPORT_EMPLOYEES', 'IMPORT_CLIENTS', 'IMPORT_SITES', "
            + "'IMPORT_CHECKPOINTS')";

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

    @GetMapping("/employees/template")
    @PreAuthorize("hasAuthority('IMPORT_EMPLOYEES')")
    @Operation(summary = "Template of the staff list", description = "Excel: headers in the caller's language, an "
            + "example row, the allowed branches, sites, posts and certificate kinds of the caller's scope.")
    ResponseEntity<byte[]> employeesTemplate() {
        return Files.send(imports.template(ImportKind.EMPLOYEES));
    }

    @PostMapping(path = "/employees", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAuthority('IMPORT_EMPLOYEES')")
    @Operation(summary = "Import employees", description = "Starts the import of an .xlsx or .csv (UTF-8 or GBK) file.")
    @ApiResponse(responseCode = "202", content = @Content(examples = @ExampleObject(STARTED)))
    @ApiResponse(responseCode = "422", description = "The file is refused as a whole (unreadable, missing columns)")
    ResponseEntity<Started> importEmployees(@RequestPart("file") MultipartFile file) {
        return start(ImportKind.EMPLOYEES, file);
    }

    @GetMapping("/clients/template")
    @PreAuthorize("hasAuthority('IMPORT_CLIENTS')")
    @Operation(summary = "Template of the client list", description = "Excel, with the allowed client statuses.")
    ResponseEntity<byte[]> clientsTemplate() {
        return Files.send(imports.template(ImportKind.CLIENTS));
    }

    @PostMapping(path = "/clients", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAuthority('IMPORT_CLIENTS')")
    @Operation(summary = "Import clients with contacts", description = "Starts the import of an .xlsx or .csv file.")
    @ApiResponse(responseCode = "202", content = @Content(examples = @ExampleObject(STARTED)))
    ResponseEntity<Started> importClients(@RequestPart("file") MultipartFile file) {
        return start(ImportKind.CLIENTS, file);
    }

    @GetMapping("/sites/template")
    @PreAuthorize("hasAuthority('IMPORT_SITES')")
    @Operation(summary = "Template of the site list", description = "Excel, with the allowed branches, clients, post kinds.")
    ResponseEntity<byte[]> sitesTemplate() {
        return Files.send(imports.template(ImportKind.SITES));
    }

    @PostMapping(path = "/sites", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAuthority('IMPORT_SITES')")
    @Operation(summary = "Import sites with posts", description = "Starts the import of an .xlsx or .csv file.")
    @ApiResponse(responseCode = "202", content = @Content(examples = @ExampleObject(STARTED)))
    ResponseEntity<Started> importSites(@RequestPart("file") MultipartFile file) {
        return start(ImportKind.SITES, file);
    }

    @GetMapping("/checkpoints/template")
    @PreAuthorize("hasAuthority('IMPORT_CHECKPOINTS')")
    @Operation(summary = "Template of the checkpoint list", description = "Excel, with the sites of the caller's scope.")
    ResponseEntity<byte[]> checkpointsTemplate() {
        return Files.send(imports.template(ImportKind.CHECKPOINTS));
    }

    @PostMapping(path = "/checkpoints", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAuthority('IMPORT_CHECKPOINTS')")
    @Operation(summary = "Import checkpoints with their codes", description = "Starts the import of an .xlsx or .csv file.")
    @ApiResponse(responseCode = "202", content = @Content(examples = @ExampleObject(STARTED)))
    ResponseEntity<Started> importCheckpoints(@RequestPart("file") MultipartFile file) {
        return start(ImportKind.CHECKPOINTS, file);
    }

    @GetMapping("/jobs/{id}")
    @PreAuthorize(ANY)
    @Operation(summary = "An import's progress and summary",
            description = "404 when unknown, started by someone else or no import.")
    JobView job(@Parameter(description = "the job's id") @PathVariable long id) {
        return importJob(id);
    }

    @GetMapping("/jobs/{id}/report")
    @PreAuthorize(ANY)
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

    private ResponseEntity<Started> start(ImportKind kind, MultipartFile file) {
        if (file.isEmpty()) {
            throw new DomainException("imports.error.noFile");
        }
        try {
            String name = file.getOriginalFilename() == null ? kind.path() + ".xlsx" : file.getOriginalFilename();
            long id = imports.start(kind, name, file.getBytes());
            return ResponseEntity.accepted().location(URI.create("/api/v1/imports/jobs/" + id)).body(Started.of(id));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

}
