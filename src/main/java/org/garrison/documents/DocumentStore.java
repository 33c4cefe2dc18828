package org.garrison.documents;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where the bytes of documents and attachments live, by key. The default keeps them on disk under
 * {@code garrison.documents.root}; declaring another bean of this type (e.g. an S3-compatible store)
 * replaces it.
 */
public interface DocumentStore {

    /** Stores the content under the key, replacing nothing: keys are never reused. */
    void put(String key, byte[] content) throws IOException;

    /** The content stored under the key; the caller closes the stream. */
    InputStream open(String key) throws IOException;

    /** Removes the content, if present. */
    void delete(String key) throws IOException;

}
