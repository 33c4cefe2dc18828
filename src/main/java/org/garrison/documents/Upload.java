package org.garrison.documents;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.InputStreamSource;

/**
 * A file as it arrived from a user: the name and content type the browser declared, its size and a way to
 * read its bytes (uploads are limited in size, see {@code garrison.documents.max-file-size}). A multipart file
 * is itself an {@link InputStreamSource}: its bytes are streamed into the store, not held in memory.
 */
public record Upload(String fileName, String contentType, long size, InputStreamSource content) {

    /** A file whose bytes are already in memory (demo data, small generated files). */
    public Upload(String fileName, String contentType, byte[] content) {
        this(fileName, contentType, content.length, new ByteArrayResource(content.clone()));
    }

}
