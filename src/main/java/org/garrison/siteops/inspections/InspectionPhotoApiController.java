package org.garrison.siteops.inspections;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import jakarta.validation.constraints.Min;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.garrison.shared.CurrentUser;
import org.garrison.siteops.inspections.InspectionPhotos.Photo;
import org.garrison.siteops.web.Photos;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.util.UriComponentsBuilder;

/** The photos of a recorded inspection, added, listed and downloaded as on the inspection page. */
@RestController
@RequestMapping("/api/v1/siteops/inspections/{id}/photos")
@Tag(name = "Inspections")
class InspectionPhotoApiController {

    private final InspectionPhotos photos;

    InspectionPhotoApiController(InspectionPhotos photos) {
        this.photos = photos;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAuthority('SITEOPS_RECORD')")
    @Operation(summary = "Add photos to an inspection (multipart, one or more parts 'files')",
            description = "With item (1-based, as the inspection lists its items) the photos show that item: a failed "
                    + "item's photos go with the hazard it opened, as on the inspection page. All files are stored or "
                    + "none. 404 for an inspection outside the caller's scope; 422 for no file, an unknown item, or a "
                    + "file that is empty, too large or of a refused type.")
    ResponseEntity<List<PhotoResponse>> add(@PathVariable long id,
            @Parameter(description = "the checklist item the photos show, from 1") @RequestParam(required = false) @Min(1) @Nullable Integer item,
            @Parameter(description = "the photos") @RequestParam(name = "files", required = false) @Nullable List<MultipartFile> files) {
        var uploads = (files == null ? List.<MultipartFile>of() : files).stream()
            .map(Photos::of)
            .filter(Objects::nonNull)
            .toList();
        var added = photos.attach(CurrentUser.require(), id, item, uploads).stream().map(p -> PhotoResponse.of(id, p)).toList();
        var location = UriComponentsBuilder.fromPath("/api/v1/siteops/inspections/{id}/photos").buildAndExpand(id).toUri();
        return ResponseEntity.created(location).body(added);
    }

    @GetMapping
    @PreAuthorize("hasAuthority('SITEOPS_VIEW')")
    @Operation(summary = "The inspection's photos, then those of the hazards its failed items opened",
            description = "404 for an inspection outside the caller's scope.")
    List<PhotoResponse> list(@PathVariable long id) {
        return photos.of(CurrentUser.require().scope(), id).stream().map(p -> PhotoResponse.of(id, p)).toList();
    }

    @GetMapping("/{photoId}")
    @PreAuthorize("hasAuthority('SITEOPS_VIEW')")
    @Operation(summary = "Download one of the inspection's photos",
            description = "404 for an inspection outside the caller's scope or a photo that is not one of its own.")
    ResponseEntity<InputStreamResource> download(@PathVariable long id, @PathVariable long photoId) {
        var photo = photos.open(CurrentUser.require().scope(), id, photoId);
        var file = photo.file();
        var disposition = ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build();
        return ResponseEntity.ok()
            .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
            .header("X-Content-Type-Options", "nosniff")
            .contentType(MediaType.parseMediaType(file.contentType()))
            .contentLength(file.size())
            .body(new InputStreamResource(photo.content()));
    }

    @Schema(description = "A photo of an inspection; hazardId names the hazard a failed item's photo went with")
    record PhotoResponse(@Schema(example = "31") long id, @Schema(example = "通道.jpg") String fileName,
            @Schema(example = "image/jpeg") String contentType, @Schema(example = "183220") long size,
            @Schema(example = "2026-12-07T02:31:00Z") Instant uploadedAt, @Schema(example = "巡查员") String uploadedBy,
            @Schema(example = "17") @Nullable Long hazardId,
            @Schema(example = "/api/v1/siteops/inspections/5/photos/31") String download) {

        static PhotoResponse of(long inspectionId, Photo photo) {
            var file = photo.file();
            return new PhotoResponse(file.id().value(), file.fileName(), file.contentType(), file.size(), file.uploadedAt(),
                    file.uploadedBy(), photo.hazardId(), "/api/v1/siteops/inspections/" + inspectionId + "/photos/" + file.id());
        }

    }

}
