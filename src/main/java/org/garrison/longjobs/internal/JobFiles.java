package org.garrison.longjobs.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.garrison.longjobs.JobResult;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Result files of long jobs, in the database (table {@code long_job_result_chunk}, rows of 256 KB written and read
 * one at a time), so that any node serves the result of a job another node ran, and backups include them. Results
 * written before were files under {@code garrison.longjobs.root}; they are still read from there.
 */
@Component
public class JobFiles {

    private static final int CHUNK = 256 * 1024;

    private final JdbcClient jdbc;

    private final TransactionTemplate transaction;

    private final Path root;

    JobFiles(JdbcClient jdbc, PlatformTransactionManager transactions, LongJobsSettings settings) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.root = settings.root().toAbsolutePath().normalize();
    }

    /** Writes the job's result file; returns its storage key and size. */
    Stored write(long jobId, JobResult.FileContent content) throws IOException {
        String key = jobId + "/result";
        var out = new ChunkWriter(key);
        try {
            transaction.executeWithoutResult(tx -> {
                delete(key);
                try (out) {
                    content.writeTo(out);
                }
                catch (IOException ex) {
                    throw new WriteFailed(ex);
                }
            });
        }
        catch (WriteFailed ex) {
            throw (IOException) ex.getCause();
        }
        return new Stored(key, out.size);
    }

    public InputStream open(String key) throws IOException {
        byte[] first = chunk(key, 0);
        if (first != null) {
            return new ChunkReader(key, first);
        }
        Path legacy = root.resolve(key).normalize();
        if (!legacy.startsWith(root) || !Files.isRegularFile(legacy)) {
            throw new NoSuchFileException(key);
        }
        return Files.newInputStream(legacy);
    }

    void delete(String key) {
        jdbc.sql("DELETE FROM long_job_result_chunk WHERE result_key = ?").param(key).update();
    }

    private byte @Nullable [] chunk(String key, int seq) {
        List<byte[]> rows = jdbc.sql("SELECT bytes FROM long_job_result_chunk WHERE result_key = ? AND seq = ?")
            .params(key, seq)
            .query((rs, row) -> rs.getBytes(1))
            .list();
        return rows.isEmpty() ? null : rows.get(0);
    }

    record Stored(String key, long size) {
    }

    /** Collects the written bytes into rows of {@link #CHUNK} bytes. */
    private final class ChunkWriter extends OutputStream {

        private final String key;

        private final byte[] buffer = new byte[CHUNK];

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
                int count = Math.min(length - done, CHUNK - filled);
                System.arraycopy(bytes, offset + done, buffer, filled, count);
                filled += count;
                done += count;
                size += count;
                if (filled == CHUNK) {
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
            byte[] row = Arrays.copyOf(buffer, filled);
            jdbc.sql("INSERT INTO long_job_result_chunk (result_key, seq, bytes) VALUES (?, ?, ?)")
                .params(key, seq++, row)
                .update();
            filled = 0;
        }

    }

    /** Reads the rows one after the other. */
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

    /** Carries a failed write out of the transaction callback. */
    private static final class WriteFailed extends RuntimeException {

        WriteFailed(IOException cause) {
            super(cause);
        }

    }

}
