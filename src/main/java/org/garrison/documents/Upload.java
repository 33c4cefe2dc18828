package org.garrison.documents;

/**
 * A file as it arrived from a user: the name and content type the browser declared, and its bytes
 * (uploads are limited in size, see {@code garrison.documents.max-file-size}).
 */
public record Upload(String fileName, String contentType, byte[] content) {

    public Upload {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    public long size() {
        return content.length;
    }

}
