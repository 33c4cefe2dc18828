package org.garrison.patrols.web;

import java.util.List;

import org.garrison.patrols.internal.LabelSheet;
import org.garrison.shared.CurrentUser;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The QR labels of chosen checkpoints as a printable PDF sheet. */
@Controller
class LabelController {

    private final LabelSheet labels;

    private final MessageSource messages;

    LabelController(LabelSheet labels, MessageSource messages) {
        this.labels = labels;
        this.messages = messages;
    }

    @GetMapping("/patrol/checkpoints/labels.pdf")
    @PreAuthorize("hasAuthority('PATROL_CONFIGURE')")
    ResponseEntity<byte[]> labels(@RequestParam(name = "ids", required = false) List<Long> ids) {
        String title = messages.getMessage("patrol.labels.title", null, LocaleContextHolder.getLocale());
        return inline(labels.pdf(CurrentUser.require().scope(), ids == null ? List.of() : ids, title));
    }

    /** The label sheet answered for display in the browser (or saved under its file name). */
    static ResponseEntity<byte[]> inline(byte[] pdf) {
        return ResponseEntity.ok()
            .contentType(MediaType.APPLICATION_PDF)
            .header(HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.inline().filename("checkpoint-labels.pdf").build().toString())
            .body(pdf);
    }

}
