package org.garrison.documents.web;

import java.nio.charset.StandardCharsets;

import org.garrison.documents.Upload;
import org.garrison.documents.internal.Download;
import org.garrison.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;

/** Between HTTP and the module: a multipart file as an {@link Upload}, a {@link Download} as a response. */
final class Uploads {

    private Uploads() {
    }

    static Upload of(@Nullable MultipartFile file) {
        if (file == null || file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
            throw new DomainException("documents.file.missing");
        }
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        String type = file.getContentType() == null ? "" : file.getContentType();
        return new Upload(name, type, file.getSize(), file);
    }

    /** The file as a download ({@code inline} for previews shown in the page). */
    static ResponseEntity<InputStreamResource> send(Download download, boolean inline) {
        var disposition = (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
            .filename(download.fileName(), StandardCharsets.UTF_8)
            .build();
        var response = ResponseEntity.ok()
            .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
            .header("X-Content-Type-Options", "nosniff")
            .contentType(MediaType.parseMediaType(download.contentType()));
        if (download.size() >= 0) {
            response.contentLength(download.size());
        }
        return response.body(new InputStreamResource(download.content().get()));
    }

}
