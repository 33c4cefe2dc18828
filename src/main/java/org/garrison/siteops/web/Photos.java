package org.garrison.siteops.web;


import org.garrison.documents.Upload;
import org.jspecify.annotations.Nullable;

import org.springframework.web.multipart.MultipartFile;

/** A photo taken on site as the documents module takes it; no file chosen is no photo. */
public final class Photos {

    private Photos() {
    }

    public static @Nullable Upload of(@Nullable MultipartFile file) {
        if (file == null || file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()) {
            return null;
        }
        String type = file.getContentType() == null ? "" : file.getContentType();
        return new Upload(file.getOriginalFilename(), type, file.getSize(), file);
    }

}
