package org.garrison.documents.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.garrison.documents.DocumentStore;
import org.garrison.documents.internal.FileMoves.Entry;
import org.garrison.documents.internal.FileMoves.Tally;
import org.junit.jupiter.api.Test;

class FileMovesTests {

    private final MemoryStore disk = new MemoryStore("disk");

    private final MemoryStore database = new MemoryStore("database");

    private final Recorder recorder = new Recorder();

    @Test
    void movesEveryFileAndRecordsMissingChecksums() throws IOException {
        var entries = List.of(file(disk, "a", true), file(disk, "b", false));
        Tally tally = new FileMoves(disk, database).move(entries, recorder);
        assertThat(tally).isEqualTo(new Tally(2, 0, 0, 0));
        assertThat(disk.files).isEmpty();
        assertThat(database.files.keySet()).containsExactlyInAnyOrder("a", "b");
        assertThat(recorder.checksums).containsOnlyKeys("b").containsValue(sha("content of b"));
    }

    @Test
    void resumesAfterAnInterruptionWithoutCopyingAnyFileTwice() throws IOException {
        var entries = List.of(file(disk, "a", true), file(disk, "b", true), file(disk, "c", true));
        database.failPutAfter = 2; // the third copy fails: the job stops there
        assertThatThrownBy(() -> new FileMoves(disk, database).move(entries, recorder)).isInstanceOf(IOException.class);
        disk.restore("b"); // stopped after copying b but before removing it from the source
        database.failPutAfter = Integer.MAX_VALUE;

        Tally tally = new FileMoves(disk, database).move(entries, recorder);

        assertThat(tally).isEqualTo(new Tally(1, 2, 0, 0));
        assertThat(database.puts).containsExactly("a", "b", "c", "c");
        assertThat(database.files.keySet()).containsExactlyInAnyOrder("a", "b", "c");
        assertThat(disk.files).isEmpty();
    }

    @Test
    void refusesAFileWhoseChecksumDoesNotMatchAndKeepsItsSource() throws IOException {
        disk.files.put("tampered", bytes("changed after upload"));
        var entries = List.of(new Entry("tampered", "合同.pdf", sha("as uploaded")), file(disk, "fine", true));
        Tally tally = new FileMoves(disk, database).move(entries, recorder);
        assertThat(tally).isEqualTo(new Tally(1, 0, 0, 1));
        assertThat(recorder.refusals).containsExactly("tampered=documents.move.refused.sourceChanged");
        assertThat(disk.files).containsOnlyKeys("tampered");
        assertThat(database.files).containsOnlyKeys("fine");
    }

    @Test
    void refusesACopyThatDiffersFromItsSource() throws IOException {
        database.corruptOnPut = true;
        Tally tally = new FileMoves(disk, database).move(List.of(file(disk, "a", false)), recorder);
        assertThat(tally).isEqualTo(new Tally(0, 0, 0, 1));
        assertThat(recorder.refusals).containsExactly("a=documents.move.refused.badCopy");
        assertThat(disk.files).containsOnlyKeys("a");
        assertThat(database.files).isEmpty();
    }

    @Test
    void reportsFilesInNeitherStore() throws IOException {
        Tally tally = new FileMoves(disk, database).move(List.of(new Entry("gone", "gone.pdf", null)), recorder);
        assertThat(tally).isEqualTo(new Tally(0, 0, 1, 0));
        assertThat(recorder.refusals).containsExactly("gone=documents.move.refused.missing");
    }

    private static Entry file(MemoryStore store, String key, boolean withChecksum) {
        String text = "content of " + key;
        store.files.put(key, bytes(text));
        return new Entry(key, key + ".pdf", withChecksum ? sha(text) : null);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String sha(String text) {
        try {
            return Checksums.of(new ByteArrayInputStream(bytes(text)));
        }
        catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static final class Recorder implements FileMoves.Listener {

        final Map<String, String> checksums = new HashMap<>();

        final List<String> refusals = new ArrayList<>();

        @Override
        public void checksumFound(Entry entry, String sha256) {
            checksums.put(entry.key(), sha256);
        }

        @Override
        public void refused(Entry entry, String reasonKey) {
            refusals.add(entry.key() + "=" + reasonKey);
        }

        @Override
        public boolean progress(int done, int total) {
            return true;
        }

    }

    /** A store in memory that can fail a put, corrupt a copy, and remembers what was put. */
    private static final class MemoryStore implements DocumentStore {

        final String name;

        final Map<String, byte[]> files = new ConcurrentHashMap<>();

        final Map<String, byte[]> deleted = new HashMap<>();

        final List<String> puts = new ArrayList<>();

        int failPutAfter = Integer.MAX_VALUE;

        boolean corruptOnPut;

        MemoryStore(String name) {
            this.name = name;
        }

        void restore(String key) {
            files.put(key, deleted.remove(key));
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public void put(String key, InputStream content, long length) throws IOException {
            puts.add(key);
            if (puts.size() > failPutAfter) {
                throw new IOException("connection reset");
            }
            byte[] bytes = content.readAllBytes();
            if (corruptOnPut && bytes.length > 0) {
                bytes[0] ^= 1;
            }
            files.put(key, bytes);
        }

        @Override
        public InputStream open(String key) throws IOException {
            byte[] bytes = files.get(key);
            if (bytes == null) {
                throw new NoSuchFileException(key);
            }
            return new ByteArrayInputStream(bytes);
        }

        @Override
        public boolean exists(String key) {
            return files.containsKey(key);
        }

        @Override
        public void delete(String key) {
            byte[] bytes = files.remove(key);
            if (bytes != null) {
                deleted.put(key, bytes);
            }
        }

        @Override
        public void check() {
        }

    }

}
