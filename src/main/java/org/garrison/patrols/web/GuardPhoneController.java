package org.garrison.patrols.web;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.patrols.PatrolIncidentTypes;
import org.garrison.patrols.internal.GuardTours;
import org.garrison.patrols.internal.ScanIngest;
import org.garrison.patrols.internal.ScanPhotos;
import org.garrison.shared.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;

/**
 * The guard's phone page (an installable web app that keeps working offline: its service worker serves the
 * page from cache and its script queues scans until the signal returns) and the endpoint its queue syncs to.
 */
@Controller
class GuardPhoneController {

    private final GuardTours tours;

    private final ScanIngest ingest;

    private final OrganisationManagement organisation;

    private final MessageSource messages;

    private final ScanPhotos photos;

    private final ObjectProvider<PatrolIncidentTypes> incidentTypes;

    GuardPhoneController(GuardTours tours, ScanIngest ingest, OrganisationManagement organisation,
            MessageSource messages, ScanPhotos photos, ObjectProvider<PatrolIncidentTypes> incidentTypes) {
        this.incidentTypes = incidentTypes;
        this.tours = tours;
        this.ingest = ingest;
        this.organisation = organisation;
        this.messages = messages;
        this.photos = photos;
    }

    @GetMapping("/patrol/my")
    @PreAuthorize("hasAuthority('PATROL_SCAN')")
    String phone(Model model) {
        var guard = CurrentUser.require();
        model.addAttribute("tours", tours.due(guard));
        model.addAttribute("checkpoints", tours.checkpoints(guard));
        model.addAttribute("incidentTypes", incidentTypes.stream().flatMap(t -> t.choices().stream()).toList());
        return "patrols/phone";
    }

    /** The offline queue's sync: the same batch and answers as {@code POST /api/v1/patrol/scans}. */
    @PostMapping("/patrol/my/scans")
    @PreAuthorize("hasAuthority('PATROL_SCAN')")
    @ResponseBody
    ScanReply sync(@RequestBody ScanUpload upload) {
        var guard = CurrentUser.require();
        var results = ingest.ingest(upload.toBatch(guard.id(),
                ScanIngest.Batch.sitesOf(organisation, guard.scope()), ScanIngest.Source.PHONE));
        return ScanReply.of(results, messages, LocaleContextHolder.getLocale());
    }

    /**
     * The camera photo of a scan, sent by the queue once the scan is stored: by the guard who scanned (or a
     * monitor of the site); sending it again stores nothing new.
     */
    @PostMapping("/patrol/my/scans/{scanId}/photo")
    @PreAuthorize("hasAnyAuthority('PATROL_SCAN', 'PATROL_MONITOR')")
    @ResponseBody
    ResponseEntity<ScanPhotoUpload> photo(@PathVariable String scanId,
            @RequestParam(required = false) @Nullable MultipartFile photo) {
        var upload = ScanPhotoUpload.of(photo);
        return ScanPhotoUpload.answer(scanId, photos.attach(CurrentUser.require(), scanId, upload));
    }

}
