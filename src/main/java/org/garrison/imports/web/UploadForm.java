package org.garrison.imports.web;

import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

/** A spreadsheet to import, as uploaded (nothing when the user chose no file). */
record UploadForm(@Nullable MultipartFile file) {

    static UploadForm empty() {
        return new UploadForm(null);
    }

    boolean hasFile() {
        return file != null && !file.isEmpty();
    }

}
