package org.garrison.people.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.stream.Stream;

import org.garrison.people.internal.ApplicantSheet;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The applicants' import sheet as a download, its headers and name in the caller's language: page and API alike. */
final class ApplicantTemplate {

    private static final MediaType XLSX = MediaType
        .parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private ApplicantTemplate() {
    }

    static ResponseEntity<byte[]> download(MessageSource messages, Locale locale) {
        var headers = Stream.of("people.name", "people.residentId", "people.phone", "people.heightCm", "people.education",
                "people.plan", "people.channel").map(key -> messages.getMessage(key, null, locale)).toList();
        String name = messages.getMessage("people.import.templateFile", null, locale) + ".xlsx";
        byte[] sheet;
        try {
            sheet = ApplicantSheet.template(headers, messages.getMessage("people.applicants.list", null, locale));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return ResponseEntity.ok()
            .header(HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
            .contentType(XLSX)
            .body(sheet);
    }

}
