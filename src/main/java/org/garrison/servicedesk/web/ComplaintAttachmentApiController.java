package org.garrison.servicedesk.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.garrison.documents.AttachmentView;
import org.garrison.documents.Upload;
import org.garrison.servicedesk.internal.ComplaintAttachments;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.DomainException;
import org.jspecify.annotations.Nullable;
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
 * A complaint's attachments over REST, by the complaint page's rules ({@link ComplaintAttachments}): whoever sees the
 * complaint sees its files; whoever files, handles or investigates complaints adds files while it is open.
 */
@RestController
@RequestMapping("/api/v1/servicedesk/complaints/{id}/attachments")
@Tag(name = "Complaints")
class ComplaintAttachmentApiController {

    private final ComplaintAttachments attachments;

    ComplaintAttachmentApiController(ComplaintAttachments attachments) {
        this.attachments = attachments;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('COMPLAINTS_VIEW')")
    @Operation(summary = "A complaint's attachments", description = "Oldest first. 404 when the complaint is unknown "
            + "or outside the caller's scope (a client: another client's complaint).")
    List<AttachmentResponse> list(@PathVariable long id) {
        return attachments.list(CurrentUser.require(), id).stream().map(AttachmentResponse::of).toList();
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAnyAuthority('COMPLAINTS_FILE', 'COMPLAINTS_HANDLE', 'COMPLAINTS_INVESTIGATE')")
    @Operation(summary = "Attach a file to a complaint",
            description = "Multipart with one part 'file': an image, PDF, office document, text or CSV file of at "
                    + "most 20 MB, as on the complaint page. Answers 201 with the attachment and its Location. "
                    + "404 when the complaint is out of the caller's scope (or the caller lacks COMPLAINTS_VIEW), "
                    + "422 when the complaint is closed or the file is missing, empty or of a refused type, 413 above the "
                    + "upload limit.")
    ResponseEntity<AttachmentResponse> attach(@PathVariable long id,
            @RequestPart(name = "file", required = false) @Nullable MultipartFile file) {
        var attachment = attachments.attach(CurrentUser.require(), id, upload(file));
        var body = AttachmentResponse.of(attachment);
        return ResponseEntity.created(URI.create(body.download())).body(body);
    }

    @GetMapping("/{attachmentId}")
    @PreAuthorize("hasAuthority('COMPLAINTS_VIEW')")
    @Operation(summary = "Download an attachment", description = "The file itself, streamed with its content type "
            + "and name (Content-Disposition: attachment). 404 when the complaint is out of scope or has no such "
            + "attachment.")
    ResponseEntity<InputStreamResource> download(@PathVariable long id, @PathVariable long attachmentId) {
        var file = attachments.file(CurrentUser.require(), id, attachmentId);
        var attachment = file.attachment();
        var disposition = ContentDisposition.attachment().filename(attachment.fileName(), StandardCharsets.UTF_8).build();
        return ResponseEntity.ok()
            .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
            .header("X-Content-Type-Options", "nosniff")
            .contentType(MediaType.parseMediaType(attachment.contentType()))
            .contentLength(attachment.size())
            .body(new InputStreamResource(file.content().get()));
    }

    /** The part as it arrived (its bytes are streamed into the store, not held in memory); refused when missing. */
    private static Upload upload(@Nullable MultipartFile file) {
        if (file == null) {
            throw new DomainException("documents.file.missing");
        }
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        String type = file.getContentType() == null ? "" : file.getContentType();
        return new Upload(name, type, file.getSize(), file);
    }

    @Schema(name = "ComplaintAttachment", description = "A file attached to a complaint")
    record AttachmentResponse(@Schema(example = "42") long id, @Schema(example = "5") long complaintId,
            @Schema(example = "现场照片.jpg") String fileName, @Schema(example = "image/jpeg") String contentType,
            @Schema(example = "183204") long size, @Schema(example = "2026-12-07T08:14:56Z") Instant uploadedAt,
            @Schema(example = "客服部 张敏") String uploadedBy,
            @Schema(example = "/api/v1/servicedesk/complaints/5/attachments/42") String download) {

        static AttachmentResponse of(AttachmentView a) {
            long complaintId = Long.parseLong(a.ownerId());
            return new AttachmentResponse(a.id().value(), complaintId, a.fileName(), a.contentType(), a.size(),
                    a.uploadedAt(), a.uploadedBy(), "/api/v1/servicedesk/complaints/" + complaintId + "/attachments/"
                            + a.id().value());
        }

    }

}
