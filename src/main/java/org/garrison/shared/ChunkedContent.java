package org.garrison.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * File content kept in a database table as rows {@code (key, seq, bytes)}: rows 0..n-1 of {@code chunkSize} bytes
 * (the last one shorter; an empty file is one empty row), so that backups carry the files and every node serves them.
 * Works the same on PostgreSQL and H2 ({@code BYTEA}). Writing joins the caller's transaction (or opens one), so a
 * rolled-back write leaves no rows; reading fetches one row at a time, so only one chunk is in memory, and reads
 * content written with another chunk size the same.
 */
public final class ChunkedContent {

    private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]*");

    private final JdbcClient jdbc;

    private final TransactionTemplate transaction;

    private final int chunkSize;

    private final String insert;

    private final String select;

    private final String later;

    private final String first;

    private final String delete;

    /**
     * @param table the table, with the columns {@code keyColumn}, {@code seq} (integer) and {@code bytes} (binary)
     * @param keyColumn the column that names a file
     * @param chunkSize bytes per row (at least 1)
     */
    public ChunkedContent(JdbcClient jdbc, PlatformTransactionManager transactions, String table, String keyColumn,
            int chunkSize) {
        if (!NAME.matcher(table).matches() || !NAME.matcher(keyColumn).matches() || chunkSize < 1) {
            throw new IllegalArgumentException("table " + table + ", key column " + keyColumn + ", chunk " + chunkSize);
        }
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.chunkSize = chunkSize;
        this.insert = "INSERT INTO " + table + " (" + keyColumn + ", seq, bytes) VALUES (?, ?, ?)";
        this.select = "SELECT bytes FROM " + table + " WHERE " + keyColumn + " = ? AND seq = ?";
        this.later = "SELECT COUNT(*) FROM " + table + " WHERE " + keyColumn + " = ? AND seq > ?";
        this.first = "SELECT COUNT(*) FROM " + table + " WHERE " + keyColumn + " = ? AND seq = 0";
        this.delete = "DELETE FROM " + table + " WHERE " + keyColumn + " = ?";
    }

    /** Writes the content of a file. */
    @FunctionalInterface
    public interface Content {

        void writeTo(OutputStream out) throws IOException;

    }

    /**
     * Replaces the file's content by what {@code content} writes, in one transaction (the caller's, if any).
     *
     * @return the number of bytes written
     * @throws IOException when {@code content} fails; nothing of the file is then changed
     */
    public long write(String key, Content content) throws IOException {
        try {
            Long size = transaction.execute(tx -> {
                delete(key);
                var out = new ChunkWriter(key);
                try (out) {
                    content.writeTo(out);
                }
                catch (IOException ex) {
                    throw new WriteFailed(ex);
                }
                return out.size;
            });
            return size == null ? 0 : size;
        }
        catch (WriteFailed ex) {
            throw ex.getCause();
        }
    }

    /** Replaces the file's content by the stream's. */
    public long write(String key, InputStream content) throws IOException {
        return write(key, content::transferTo);
    }

    /**
     * The file's content, read one row at a time; {@code null} when there is no such file. A row missing in the
     * middle fails the read with an {@link IOException} when the reader gets there, rather than ending the file early.
     */
    public @Nullable InputStream open(String key) {
        byte[] first = chunk(key, 0);
        return first == null ? null : new ChunkReader(key, first);
    }

    public boolean exists(String key) {
        return jdbc.sql(first).param(key).query(Long.class).single() > 0;
    }

    /** Removes the file's rows (nothing when there is no such file). */
    public void delete(String key) {
        jdbc.sql(delete).param(key).update();
    }

    /** Writes and reads a probe row inside a transaction that is then rolled back; fails when the table cannot. */
    public void check(String probeKey) {
        transaction.executeWithoutResult(tx -> {
            jdbc.sql(insert).params(probeKey, 0, new byte[] { 1 }).update();
            exists(probeKey);
            tx.setRollbackOnly();
        });
    }

    private byte @Nullable [] chunk(String key, int seq) {
        List<byte[]> rows = jdbc.sql(select).params(key, seq).query((rs, row) -> rs.getBytes(1)).list();
        return rows.isEmpty() ? null : rows.get(0);
    }

    /** Collects the written bytes into rows of {@code chunkSize} bytes; closing writes the last (or only) row. */
    private final class ChunkWriter extends OutputStream {

        private final String key;

        private final byte[] buffer = new byte[chunkSize];

        private int filled;

        private int seq;

        private long size;

        ChunkWriter(String key) {
            this.key = key;
        }

        @Override
        public void write(int b) {
            write(new byte[] { (byte) b }, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            int done = 0;
            while (done < length) {
                int count = Math.min(length - done, chunkSize - filled);
                System.arraycopy(bytes, offset + done, buffer, filled, count);
                filled += count;
                done += count;
                size += count;
                if (filled == chunkSize) {
                    flushChunk();
                }
            }
        }

        @Override
        public void close() {
            if (filled > 0 || seq == 0) {
                flushChunk();
            }
        }

        private void flushChunk() {
            jdbc.sql(insert).params(key, seq++, Arrays.copyOf(buffer, filled)).update();
            filled = 0;
        }

    }

    /** Reads the rows one after the other until there is no next one. */
    private final class ChunkReader extends InputStream {

        private final String key;

        private byte @Nullable [] current;

        private int position;

        private int nextSeq = 1;

        ChunkReader(String key, byte[] first) {
            this.key = key;
            this.current = first;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] target, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            while (current != null && position == current.length) {
                current = next();
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

        private byte @Nullable [] next() throws IOException {
            int seq = nextSeq++;
            byte[] chunk = chunk(key, seq);
            if (chunk == null && jdbc.sql(later).params(key, seq).query(Long.class).single() > 0) {
                throw new IOException("Chunk " + seq + " of " + key + " is missing");
            }
            return chunk;
        }

    }

    /** Carries a failed write out of the transaction callback. */
    private static final class WriteFailed extends RuntimeException {

        WriteFailed(IOException cause) {
            super(cause);
        }

        @Override
        public synchronized IOException getCause() {
            return (IOException) super.getCause();
        }

    }

}
