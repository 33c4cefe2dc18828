package org.garrison.patrols.web;


import org.garrison.documents.Upload;
import org.garrison.patrols.internal.ScanPhotos;
import org.garrison.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;

/**
 * The answer to a scan photo upload: 201 when this upload stored it, 200 when the scan already had its photo.
 *
 * @param attachmentId the stored photo, downloadable at {@code /attachments/PATROL_SCAN/{scanId}/{attachmentId}}
 */
record ScanPhotoUpload(String scanId, long attachmentId, boolean created) {

    static Upload of(@Nullable MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw new DomainException("patrol.photo.missing");
        }
        return new Upload(file.getOriginalFilename() == null ? "photo.jpg" : file.getOriginalFilename(),
                file.getContentType() == null ? "" : file.getContentType(), file.getSize(), file);
    }

    static ResponseEntity<ScanPhotoUpload> answer(String scanId, ScanPhotos.Attached attached) {
        return ResponseEntity.status(attached.created() ? HttpStatus.CREATED : HttpStatus.OK)
            .body(new ScanPhotoUpload(scanId, attached.photo().id().value(), attached.created()));
    }

}
