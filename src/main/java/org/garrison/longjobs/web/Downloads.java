package org.garrison.longjobs.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.garrison.longjobs.LongJobs.ResultFile;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A job's result file as an HTTP download. */
final class Downloads {

    private Downloads() {
    }

    static ResponseEntity<InputStreamResource> send(ResultFile file) {
        var disposition = ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build();
        var response = ResponseEntity.ok()
            .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
            .header("X-Content-Type-Options", "nosniff")
            .contentType(MediaType.parseMediaType(file.contentType()));
        if (file.size() >= 0) {
            response.contentLength(file.size());
        }
        try {
            return response.body(new InputStreamResource(file.content().open()));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

}
