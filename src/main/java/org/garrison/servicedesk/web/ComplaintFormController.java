package org.garrison.servicedesk.web;

import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.garrison.servicedesk.internal.ComplaintRegisterForm;
import org.garrison.shared.CurrentUser;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The printable 客户投诉登记表 of one complaint for the paper file, linked from the complaint's page and in the API.
 * The register is internal (customer service signs it, 001 ch.10 §4.1): a client user is refused.
 */
@RestController
class ComplaintFormController {

    static final String INTERNAL = "hasAnyAuthority('COMPLAINTS_HANDLE', 'COMPLAINTS_INVESTIGATE', 'MEMOS_DECIDE')";

    private final ComplaintRegisterForm form;

    ComplaintFormController(ComplaintRegisterForm form) {
        this.form = form;
    }

    @GetMapping("/servicedesk/complaints/{id}/form.pdf")
    @PreAuthorize(INTERNAL)
    ResponseEntity<byte[]> page(@PathVariable long id, Locale locale) {
        return pdf(id, locale);
    }

    @GetMapping("/api/v1/servicedesk/complaints/{id}/form.pdf")
    @PreAuthorize(INTERNAL)
    @Tag(name = "Complaints")
    @Operation(summary = "The complaint's register form (客户投诉登记表) as a printable A4 PDF",
            description = "The register's fields, the handling, the cause and corrective action and lines for the "
                    + "signatures, labelled in the caller's language; Chinese prints with the embedded font. Internal: "
                    + "403 for a client user, 404 outside the caller's scope.",
            responses = @ApiResponse(responseCode = "200", description = "the form",
                    content = @Content(mediaType = MediaType.APPLICATION_PDF_VALUE)))
    ResponseEntity<byte[]> api(@PathVariable long id, Locale locale) {
        return pdf(id, locale);
    }

    private ResponseEntity<byte[]> pdf(long id, Locale locale) {
        var user = CurrentUser.require();
        byte[] pdf = form.pdf(user, id, locale);
        return ResponseEntity.ok()
            .contentType(MediaType.APPLICATION_PDF)
            .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename("complaint-" + id + ".pdf").build().toString())
            .body(pdf);
    }

}
