package org.garrison.documents.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;

import org.garrison.documents.DocumentStore;
import org.garrison.shared.ChunkedContent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Files in the database, in chunks of {@code chunkSize} bytes (table {@code doc_content_chunk}, see
 * {@link ChunkedContent}), so that {@code pg_dump} and H2's {@code SCRIPT} carry them and every node serves every
 * file. Writing joins the caller's transaction (or opens one), so a rolled-back upload leaves no rows; reading
 * fetches one chunk at a time.
 */
class DatabaseDocumentStore implements DocumentStore {

    static final String NAME = "database";

    private static final String PROBE_KEY = ".health-check";

    private final ChunkedContent chunks;

    DatabaseDocumentStore(JdbcClient jdbc, PlatformTransactionManager transactions, int chunkSize) {
        this.chunks = new ChunkedContent(jdbc, transactions, "doc_content_chunk", "storage_key", chunkSize);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void put(String key, InputStream content, long length) throws IOException {
        chunks.write(key, content);
    }

    @Override
    public InputStream open(String key) throws IOException {
        InputStream content = chunks.open(key);
        if (content == null) {
            throw new NoSuchFileException(key);
        }
        return content;
    }

    @Override
    public boolean exists(String key) {
        return chunks.exists(key);
    }

    @Override
    public void delete(String key) {
        chunks.delete(key);
    }

    /** Writes and reads a probe row inside a transaction that is then rolled back. */
    @Override
    public void check() {
        chunks.check(PROBE_KEY);
    }

}
