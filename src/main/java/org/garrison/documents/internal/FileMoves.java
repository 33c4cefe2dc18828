package org.garrison.documents.internal;

import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

import org.garrison.documents.DocumentStore;
import org.jspecify.annotations.Nullable;

/**
 * Moves files from one store to another, one at a time: copy, read the copy back and compare its SHA-256
 * with the source's (and with the checksum recorded at upload), and only then delete the source. Safe to run
 * again after an interruption: a file whose verified copy is already in the target is not copied again (its
 * source is just removed), so no file is copied twice or lost. A file whose checksum does not match keeps its
 * source, loses the bad copy, and is reported with the reason.
 */
final class FileMoves {

    /** A stored file: its key, the name users know it by, its checksum when one was recorded. */
    record Entry(String key, String fileName, @Nullable String sha256) {
    }

    /** What the move reports as it goes. */
    interface Listener {

        /** A file had no recorded checksum; this is the one its source had (and its copy has). */
        void checksumFound(Entry entry, String sha256);

        /** A file was not moved, for the reason (a message key with the file's name as argument). */
        void refused(Entry entry, String reasonKey);

        /** After each file; answers whether to go on. */
        boolean progress(int done, int total);

    }

    /** How many files were moved, found already moved, missing from both stores, and refused. */
    record Tally(int moved, int alreadyMoved, int missing, int refused) {
    }

    private final DocumentStore from;

    private final DocumentStore to;

    FileMoves(DocumentStore from, DocumentStore to) {
        if (from.name().equals(to.name())) {
            throw new IllegalArgumentException("a move needs two different stores");
        }
        this.from = from;
        this.to = to;
    }

    Tally move(List<Entry> entries, Listener listener) throws IOException {
        int moved = 0;
        int already = 0;
        int missing = 0;
        int refused = 0;
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            switch (moveOne(entry, listener)) {
                case MOVED -> moved++;
                case ALREADY_MOVED -> already++;
                case MISSING -> missing++;
                case REFUSED -> refused++;
            }
            if (!listener.progress(i + 1, entries.size())) {
                break;
            }
        }
        return new Tally(moved, already, missing, refused);
    }

    private enum Outcome {
        MOVED, ALREADY_MOVED, MISSING, REFUSED
    }

    private Outcome moveOne(Entry entry, Listener listener) throws IOException {
        String key = entry.key();
        boolean inSource = from.exists(key);
        if (to.exists(key)) {
            String target = Checksums.of(to.open(key));
            String expected = entry.sha256() != null ? entry.sha256() : inSource ? Checksums.of(from.open(key)) : target;
            if (target.equals(expected)) {
                // copied and verified by an earlier, interrupted run: finish it without copying again
                recordChecksum(entry, target, listener);
                from.delete(key);
                return Outcome.ALREADY_MOVED;
            }
            if (!inSource) {
                // the only copy left differs from the recorded checksum: keep it, and say so
                listener.refused(entry, "documents.move.refused.badCopyNoSource");
                return Outcome.REFUSED;
            }
            to.delete(key);
        }
        if (!inSource) {
            listener.refused(entry, "documents.move.refused.missing");
            return Outcome.MISSING;
        }
        var digest = Checksums.sha256();
        try (InputStream source = new DigestInputStream(from.open(key), digest)) {
            to.put(key, source, -1);
        }
        String sourceSum = HexFormat.of().formatHex(digest.digest());
        if (entry.sha256() != null && !entry.sha256().equals(sourceSum)) {
            to.delete(key);
            listener.refused(entry, "documents.move.refused.sourceChanged");
            return Outcome.REFUSED;
        }
        if (!Objects.equals(Checksums.of(to.open(key)), sourceSum)) {
            to.delete(key);
            listener.refused(entry, "documents.move.refused.badCopy");
            return Outcome.REFUSED;
        }
        recordChecksum(entry, sourceSum, listener);
        from.delete(key);
        return Outcome.MOVED;
    }

    private static void recordChecksum(Entry entry, String sha256, Listener listener) {
        if (entry.sha256() == null) {
            listener.checksumFound(entry, sha256);
        }
    }

}
