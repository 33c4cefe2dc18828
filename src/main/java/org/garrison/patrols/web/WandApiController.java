package org.garrison.patrols.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.garrison.patrols.internal.ScanIngest;
import org.garrison.patrols.internal.ScheduleWalkers;
import org.garrison.patrols.internal.Wand;
import org.garrison.patrols.internal.WandUploads;
import org.garrison.patrols.internal.Wands;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.DomainException;
import org.garrison.shared.PageResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Patrol wands (巡更棒) handed to guards, and the import of a wand's export, as on the import page. */
@RestController
@RequestMapping("/api/v1/patrol/wands")
@Tag(name = "Patrol setup")
class WandApiController {

    private final Wands wands;

    private final WandUploads uploads;

    private final ScheduleWalkers walkers;

    private final MessageSource messages;

    WandApiController(Wands wands, WandUploads uploads, ScheduleWalkers walkers, MessageSource messages) {
        this.wands = wands;
        this.uploads = uploads;
        this.walkers = walkers;
        this.messages = messages;
    }

    @Schema(description = "A wand and the guard and site it is handed to")
    record WandResponse(long id, @Schema(example = "W-000123") String deviceId, long guardUserId,
            @Schema(example = "guard") @Nullable String guard, long siteId) {
    }

    @Schema(description = "A wand export answered line by line (small files), or a long job started (jobId, large files)")
    record ImportResponse(@Nullable String encoding, long stored, long storedBefore, long refused, List<LineResponse> lines,
            @Nullable Long jobId) {
    }

    record LineResponse(@Schema(example = "3") int number, @Schema(example = "REJECTED") String outcome,
            @Schema(example = "没有编码为 CP-NOSUCH 的巡更点。") @Nullable String reason) {
    }

    @GetMapping
    @PreAuthorize("hasAuthority('PATROL_CONFIGURE')")
    @Operation(summary = "The wands of the caller's sites, page by page", description = "Filters: siteId.")
    PageResponse<WandResponse> list(@RequestParam(required = false) @Nullable Long siteId,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        var found = wands.in(CurrentUser.require().scope(), siteId, PageResponse.request(page, size));
        var names = walkers.usernames(found.getContent().stream().map(Wand::getGuardUserId).collect(Collectors.toSet()));
        return PageResponse.of(found, w -> new WandResponse(w.getId(), w.getDeviceId(), w.getGuardUserId(),
                names.get(w.getGuardUserId()), w.getSiteId()));
    }

    @PostMapping
    @PreAuthorize("hasAuthority('PATROL_CONFIGURE')")
    @Operation(summary = "Hand a wand to a guard at a site (a known device id is handed over)",
            description = "404 for a site outside the scope; 422 for an unknown guard or a device kept at a site outside the "
                    + "scope.")
    ResponseEntity<WandResponse> register(@Valid @RequestBody WandForm body) {
        var wand = wands.register(CurrentUser.require().scope(), String.valueOf(body.deviceId()).strip(),
                String.valueOf(body.guard()).strip(), Objects.requireNonNull(body.siteId()));
        return ResponseEntity.status(HttpStatus.CREATED).body(new WandResponse(wand.getId(), wand.getDeviceId(),
                wand.getGuardUserId(), String.valueOf(body.guard()).strip(), wand.getSiteId()));
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAuthority('PATROL_CONFIGURE')")
    @Operation(summary = "Import a wand's export (part 'file', CSV in UTF-8 or GBK)",
            description = "A small file is answered line by line (200); a large one becomes a long job (202 with jobId, "
                    + "follow it at /api/v1/jobs/{jobId}). Lines stored before are not stored twice. 422 for no file or "
                    + "too many lines.")
    ResponseEntity<ImportResponse> load(@RequestParam(required = false) @Nullable MultipartFile file, Locale locale)
            throws IOException {
        if (file == null || file.isEmpty()) {
            throw new DomainException("patrol.import.noFile");
        }
        String name = file.getOriginalFilename() == null ? "wand.csv" : file.getOriginalFilename();
        var answer = uploads.upload(String.valueOf(name), file.getBytes());
        if (answer instanceof WandUploads.Started started) {
            return ResponseEntity.status(HttpStatus.ACCEPTED)
                .body(new ImportResponse(null, 0, 0, 0, List.of(), started.jobId()));
        }
        var report = ((WandUploads.Answered) answer).report();
        var lines = report.lines().stream()
            .map(l -> new LineResponse(l.number(), l.outcome().name(), l.reasonKey() == null ? null
                    : messages.getMessage(l.reasonKey(), l.reasonArgs().toArray(), l.reasonKey(), locale)))
            .toList();
        return ResponseEntity.ok(new ImportResponse(report.encoding(), report.count(ScanIngest.Outcome.ACCEPTED),
                report.count(ScanIngest.Outcome.DUPLICATE), report.count(ScanIngest.Outcome.REJECTED), lines, null));
    }

}
