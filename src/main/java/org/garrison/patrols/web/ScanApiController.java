package org.garrison.patrols.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.garrison.patrols.internal.ScanIngest;
import org.garrison.patrols.internal.Sites;
import org.garrison.shared.CurrentUser;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Scan upload for devices and apps: the caller is the guard who scanned. */
@RestController
@RequestMapping("/api/v1/patrol")
@Tag(name = "Patrol", description = "Guard tours: scan upload from phones, devices and apps")
class ScanApiController {

    private final ScanIngest ingest;

    private final Sites sites;

    private final MessageSource messages;

    ScanApiController(ScanIngest ingest, Sites sites, MessageSource messages) {
        this.ingest = ingest;
        this.sites = sites;
        this.messages = messages;
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
        var results = ingest.ingest(upload.toBatch(user.id(), sites.forScans(user.scope()), ScanIngest.Source.API));
        return ScanReply.of(results, messages, LocaleContextHolder.getLocale());
    }

}
