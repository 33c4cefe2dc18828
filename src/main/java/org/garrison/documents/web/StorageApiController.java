package org.garrison.documents.web;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.garrison.documents.internal.DocumentMoves;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The file stores over REST, as on the storage page: which one is active, and moving every file between two. */
@RestController
@RequestMapping("/api/v1/admin/documents/storage")
@Tag(name = "File storage", description = "Where uploaded files live, and moving them from one store to another")
class StorageApiController {

    private final DocumentMoves moves;

    StorageApiController(DocumentMoves moves) {
        this.moves = moves;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('DOCUMENTS_STORAGE')")
    @Operation(summary = "The active store and the stores configured on this installation")
    Storage storage() {
        return new Storage(moves.activeStore(), moves.storeNames());
    }

    @PostMapping("/moves")
    @PreAuthorize("hasAuthority('DOCUMENTS_STORAGE')")
    @Operation(summary = "Move every file from one store to another",
            description = "Starts the same long job as the storage page: each file is copied, read back and checked "
                    + "against its SHA-256 before the source is deleted; started again after an interruption it skips "
                    + "the files already moved. Follow it at `job` (GET /api/v1/jobs/{id}); its result is the report "
                    + "of refused files. 422 when a store is unknown or both are the same.")
    ResponseEntity<MoveStarted> move(@Valid @RequestBody MoveForm form) {
        long job = moves.start(String.valueOf(form.from()), String.valueOf(form.to()));
        String location = "/api/v1/jobs/" + job;
        return ResponseEntity.accepted().location(URI.create(location)).body(new MoveStarted(job, location));
    }

    @Schema(example = """
            {"active": "database", "stores": ["database", "disk"]}""")
    record Storage(String active, List<String> stores) {
    }

    @Schema(example = """
            {"jobId": 42, "job": "/api/v1/jobs/42"}""")
    record MoveStarted(long jobId, String job) {
    }

}
