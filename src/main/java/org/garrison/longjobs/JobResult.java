package org.garrison.longjobs;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a finished job leaves: a file kept for download (written to the job store) and/or a summary
 * (a message key with arguments, rendered in the owner's language).
 */
public record JobResult(@Nullable String summaryKey, List<Object> summaryArgs, @Nullable String fileName,
        @Nullable String contentType, @Nullable FileContent content) {

    public JobResult {
        summaryArgs = List.copyOf(summaryArgs);
    }

    /** Only a summary, no file. */
    public static JobResult summary(String key, Object... args) {
        return new JobResult(key, List.of(args), null, null, null);
    }

    /** A file whose bytes are already in memory. */
    public static JobResult file(String fileName, String contentType, byte[] bytes) {
        byte[] copy = bytes.clone();
        return new JobResult(null, List.of(), fileName, contentType, out -> out.write(copy));
    }

    /** A file written straight into the job store. */
    public static JobResult file(String fileName, String contentType, FileContent content) {
        return new JobResult(null, List.of(), fileName, contentType, content);
    }

    public boolean hasFile() {
        return content != null && fileName != null && contentType != null;
    }

    /** Writes the result file. */
    @FunctionalInterface
    public interface FileContent {

        void writeTo(OutputStream out) throws IOException;

    }

}
