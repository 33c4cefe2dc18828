package org.garrison.patrols.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.patrols.internal.ScanIngest;
import org.garrison.patrols.internal.ScanPhotos;
import org.garrison.shared.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Scan upload for devices and apps: the caller is the guard who scanned. */
@RestController
@RequestMapping("/api/v1/patrol")
@Tag(name = "Patrol", description = "Guard tours: scan upload from phones, devices and apps")
class ScanApiController {

    private final ScanIngest ingest;

    private final OrganisationManagement organisation;

    private final MessageSource messages;

    private final ScanPhotos photos;

    ScanApiController(ScanIngest ingest,
            OrganisationManagement organisation, MessageSource messages, ScanPhotos photos) {
        this.ingest = ingest;
        this.organisation = organisation;
        this.messages = messages;
        this.photos = photos;
    }

    @PostMapping("/scans")
    @PreAuthorize("hasAuthority('PATROL_SCAN')")
    @Operation(summary = "Upload a batch of scans",
            description = "Idempotent by scanId: a scan sent again is answered DUPLICATE and stored once. Each scan is "
                    + "accepted, a duplicate or rejected with a reason (unknown checkpoint, a site outside the caller's "
                    + "data scope, a time in the future or older than 30 days, a missing field); rejecting one never "
                    + "rejects the others. A body that is not a batch is answered 400, more than 500 scans 422.")
    ScanReply upload(@RequestBody ScanUpload upload) {
        var user = CurrentUser.require();
        var results = ingest.ingest(upload.toBatch(user.id(),
                ScanIngest.Batch.sitesOf(organisation, user.scope()), ScanIngest.Source.API));
        return ScanReply.of(results, messages, LocaleContextHolder.getLocale());
    }

    @PostMapping(path = "/scans/{scanId}/photo", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAnyAuthority('PATROL_SCAN', 'PATROL_MONITOR')")
    @Operation(summary = "Attach the camera photo of a stored scan",
            description = "Multipart, part 'photo' (an image, within the documents size limit). Only the guard who made "
                    + "the scan, or a monitor whose scope covers its site, may attach; anyone else gets 404. One photo per "
                    + "scan: 201 when stored, 200 with the stored photo when the scan already has one. A missing, empty or "
                    + "non-image file is answered 422, a file too large 413 or 422; nothing is stored.")
    ResponseEntity<ScanPhotoUpload> photo(@PathVariable String scanId,
            @RequestParam(required = false) @Nullable MultipartFile photo) {
        var upload = ScanPhotoUpload.of(photo);
        return ScanPhotoUpload.answer(scanId, photos.attach(CurrentUser.require(), scanId, upload));
    }

}
