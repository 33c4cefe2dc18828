package org.garrison.longjobs.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.garrison.longjobs.JobResult;
import org.springframework.stereotype.Component;

/** Result files of long jobs, one folder per job under {@code garrison.longjobs.root}. */
@Component
public class JobFiles {

    private final Path root;

    JobFiles(LongJobsSettings settings) {
        this.root = settings.root().toAbsolutePath().normalize();
    }

    /** Writes the job's result file; returns its storage key and size. */
    Stored write(long jobId, JobResult.FileContent content) throws IOException {
        String key = jobId + "/result";
        Path target = resolve(key);
        Files.createDirectories(target.getParent());
        Path partial = target.resolveSibling("result.part");
        try (OutputStream out = Files.newOutputStream(partial)) {
            content.writeTo(out);
        }
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return new Stored(key, Files.size(target));
    }

    public InputStream open(String key) throws IOException {
        return Files.newInputStream(resolve(key));
    }

    void delete(String key) throws IOException {
        Files.deleteIfExists(resolve(key));
    }

    private Path resolve(String key) {
        Path path = root.resolve(key).normalize();
        if (!path.startsWith(root) || path.equals(root)) {
            throw new IllegalArgumentException("storage key outside the jobs folder: " + key);
        }
        return path;
    }

    record Stored(String key, long size) {
    }

}
