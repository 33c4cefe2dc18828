package org.garrison.platform.backup;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The online backup of the embedded database, for an administrator's script (docs/operations.md). */
@RestController
@RequestMapping("/api/v1/admin/backup")
@Tag(name = "Backup", description = "Online backup of the embedded H2 database (PostgreSQL: use pg_dump)")
class BackupApiController {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final EmbeddedBackup backup;

    /** The business clock: its zone is the company's ({@code garrison.time-zone}). */
    private final Clock clock;

    BackupApiController(EmbeddedBackup backup, Clock clock) {
        this.backup = backup;
        this.clock = clock;
    }

    @PostMapping
    @PreAuthorize("hasAuthority('SYSTEM_BACKUP')")
    @Operation(summary = "Take an online backup of the embedded database",
            description = "A zipped SQL script of the whole H2 database, files of the database document store "
                    + "included; restore it with H2's RunScript. 422 on PostgreSQL.")
    ResponseEntity<InputStreamResource> take() throws IOException {
        String name = "garrison-backup-" + LocalDateTime.now(clock).format(STAMP) + ".zip";
        return ResponseEntity.ok()
            .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
            .contentType(MediaType.parseMediaType("application/zip"))
            .body(new InputStreamResource(backup.take()));
    }

}
