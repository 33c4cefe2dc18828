package org.garrison.imports.web;

import java.nio.charset.StandardCharsets;

import org.garrison.imports.internal.Imports.Template;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A template as an HTTP download. */
final class Files {

    private Files() {
    }

    static ResponseEntity<byte[]> send(Template template) {
        var disposition = ContentDisposition.attachment().filename(template.fileName(), StandardCharsets.UTF_8).build();
        return ResponseEntity.ok()
            .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
            .header("X-Content-Type-Options", "nosniff")
            .contentType(MediaType.parseMediaType(template.contentType()))
            .body(template.content());
    }

}
