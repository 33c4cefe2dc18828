package org.garrison.documents;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where the bytes of documents and attachments live, by key: in the database (the default), in an
 * S3-compatible bucket, or in a folder on disk (single node only), chosen by {@code garrison.documents.store}.
 * Content goes in and out as streams; no store holds a whole file in memory.
 */
public interface DocumentStore {

    /** The store's name in configuration: {@code database}, {@code s3} or {@code disk}. */
    String name();

    /**
     * Stores the content read from the stream under the key; a key already present is replaced (keys are
     * never reused by uploads; the move job may put a key again after a failed copy).
     *
     * @param length the number of bytes, or -1 when unknown
     */
    void put(String key, InputStream content, long length) throws IOException;

    /**
     * The content stored under the key; the caller closes the stream.
     *
     * @throws java.nio.file.NoSuchFileException when nothing is stored under the key
     */
    InputStream open(String key) throws IOException;

    /** Whether content is stored under the key. */
    boolean exists(String key) throws IOException;

    /** Removes the content, if present. */
    void delete(String key) throws IOException;

    /**
     * Checks that the store answers and accepts writes (without leaving anything behind).
     *
     * @throws IOException (or a runtime exception of the driver) when it does not
     */
    void check() throws IOException;

}
