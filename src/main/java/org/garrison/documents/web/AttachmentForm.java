package org.garrison.documents.web;

import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

/** The file a user attaches to a record (the attachments list's upload form). */
record AttachmentForm(@Nullable MultipartFile file) {

    static AttachmentForm empty() {
        return new AttachmentForm(null);
    }

}
