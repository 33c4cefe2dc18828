package org.garrison.longjobs.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.garrison.longjobs.JobResult;
import org.garrison.shared.ChunkedContent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Result files of long jobs, in the database (table {@code long_job_result_chunk}, rows of 256 KB written and read
 * one at a time, see {@link ChunkedContent}), so that any node serves the result of a job another node ran, and
 * backups include them. Results written before were files under {@code garrison.longjobs.root}; they are still read
 * from there.
 */
@Component
public class JobFiles {

    private static final int CHUNK = 256 * 1024;

    private final ChunkedContent chunks;

    private final Path root;

    JobFiles(JdbcClient jdbc, PlatformTransactionManager transactions, LongJobsSettings settings) {
        this.chunks = new ChunkedContent(jdbc, transactions, "long_job_result_chunk", "result_key", CHUNK);
        this.root = settings.root().toAbsolutePath().normalize();
    }

    /** Writes the job's result file; returns its storage key and size. */
    Stored write(long jobId, JobResult.FileContent content) throws IOException {
        String key = jobId + "/result";
        return new Stored(key, chunks.write(key, content::writeTo));
    }

    public InputStream open(String key) throws IOException {
        InputStream content = chunks.open(key);
        if (content != null) {
            return content;
        }
        Path legacy = root.resolve(key).normalize();
        if (!legacy.startsWith(root) || !Files.isRegularFile(legacy)) {
            throw new NoSuchFileException(key);
        }
        return Files.newInputStream(legacy);
    }

    void delete(String key) {
        chunks.delete(key);
    }

    record Stored(String key, long size) {
    }

}
