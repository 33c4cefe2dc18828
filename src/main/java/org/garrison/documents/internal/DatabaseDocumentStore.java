package org.garrison.documents.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.util.List;

import org.garrison.documents.DocumentStore;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Files in the database, in chunks of {@code chunkSize} bytes (table {@code doc_content_chunk}), so that
 * {@code pg_dump} and H2's {@code SCRIPT} carry them and every node serves every file. Works the same on
 * PostgreSQL and H2. A file is rows 0..n-1 with n ≥ 1 (an empty file is one empty chunk); writing joins the
 * caller's transaction (or opens one), so a rolled-back upload leaves no rows; reading fetches one chunk at a
 * time until there is no next one (so files written with another chunk size read the same).
 */
class DatabaseDocumentStore implements DocumentStore {

    static final String NAME = "database";

    private static final String PROBE_KEY = ".health-check";

    private final JdbcClient jdbc;

    private final TransactionTemplate transaction;

    private final int chunkSize;

    DatabaseDocumentStore(JdbcClient jdbc, PlatformTransactionManager transactions, int chunkSize) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.chunkSize = chunkSize;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void put(String key, InputStream content, long length) throws IOException {
        try {
            transaction.executeWithoutResult(tx -> {
                try {
                    write(key, content);
                }
                catch (IOException ex) {
                    throw new ReadFailed(ex);
                }
            });
        }
        catch (ReadFailed ex) {
            throw ex.getCause();
        }
    }

    private void write(String key, InputStream content) throws IOException {
        delete(key);
        int seq = 0;
        byte[] chunk;
        do {
            chunk = content.readNBytes(chunkSize);
            if (chunk.length > 0 || seq == 0) {
                jdbc.sql("INSERT INTO doc_content_chunk (storage_key, seq, bytes) VALUES (?, ?, ?)")
                    .params(key, seq++, chunk)
                    .update();
            }
        }
        while (chunk.length == chunkSize);
    }

    @Override
    public InputStream open(String key) throws IOException {
        byte[] first = chunk(key, 0);
        if (first == null) {
            throw new NoSuchFileException(key);
        }
        return new ChunkStream(key, first);
    }

    @Override
    public boolean exists(String key) {
        return jdbc.sql("SELECT COUNT(*) FROM doc_content_chunk WHERE storage_key = ? AND seq = 0")
            .param(key)
            .query(Long.class)
            .single() > 0;
    }

    @Override
    public void delete(String key) {
        jdbc.sql("DELETE FROM doc_content_chunk WHERE storage_key = ?").param(key).update();
    }

    /** Writes and reads a probe row inside a transaction that is then rolled back. */
    @Override
    public void check() {
        transaction.executeWithoutResult(tx -> {
            jdbc.sql("INSERT INTO doc_content_chunk (storage_key, seq, bytes) VALUES (?, 0, ?)")
                .params(PROBE_KEY, new byte[] { 1 })
                .update();
            exists(PROBE_KEY);
            tx.setRollbackOnly();
        });
    }

    private byte @Nullable [] chunk(String key, int seq) {
        List<byte[]> rows = jdbc.sql("SELECT bytes FROM doc_content_chunk WHERE storage_key = ? AND seq = ?")
            .params(key, seq)
            .query((rs, row) -> rs.getBytes(1))
            .list();
        return rows.isEmpty() ? null : rows.get(0);
    }

    /** Reads the chunks one after the other; only one chunk is in memory at a time. */
    private final class ChunkStream extends InputStream {

        private final String key;

        private byte @Nullable [] current;

        private int position;

        private int nextSeq = 1;

        ChunkStream(String key, byte[] first) {
            this.key = key;
            this.current = first;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] target, int offset, int length) {
            if (length == 0) {
                return 0;
            }
            while (current != null && position == current.length) {
                current = chunk(key, nextSeq++);
                position = 0;
            }
            if (current == null) {
                return -1;
            }
            int count = Math.min(length, current.length - position);
            System.arraycopy(current, position, target, offset, count);
            position += count;
            return count;
        }

    }

    /** Carries a read failure of the uploaded stream out of the transaction callback. */
    private static final class ReadFailed extends RuntimeException {

        ReadFailed(IOException cause) {
            super(cause);
        }

        @Override
        public synchronized IOException getCause() {
            return (IOException) super.getCause();
        }

    }

}
