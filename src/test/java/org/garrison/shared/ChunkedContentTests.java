package org.garrison.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Chunked content on an in-memory H2 database, in a table of its own with chunks of 8 bytes to see the boundaries
 * (the same cases run on the test database, H2 or PostgreSQL, in {@code ChunkedContentIntegrationTests}).
 */
class ChunkedContentTests {

    static final int CHUNK = 8;

    private JdbcClient jdbc;

    private DataSourceTransactionManager transactions;

    private ChunkedContent chunks;

    @BeforeEach
    void database() {
        var dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:chunked-" + System.nanoTime() + ";MODE=PostgreSQL;DB_CLOSE_DELAY=-1");
        jdbc = JdbcClient.create(dataSource);
        jdbc.sql("CREATE TABLE test_chunk (file_key VARCHAR(100) NOT NULL, seq INTEGER NOT NULL, bytes BYTEA NOT NULL, "
                + "PRIMARY KEY (file_key, seq))").update();
        transactions = new DataSourceTransactionManager(dataSource);
        chunks = new ChunkedContent(jdbc, transactions, "test_chunk", "file_key", CHUNK);
    }

    @Test
    void keepsEmptyContentAsOneEmptyRow() throws IOException {
        assertRoundTrip(0, 1);
    }

    @Test
    void keepsContentOfExactlyOneChunkInOneRow() throws IOException {
        assertRoundTrip(CHUNK, 1);
    }

    @Test
    void startsASecondRowOneByteAfterTheChunk() throws IOException {
        assertRoundTrip(CHUNK + 1, 2);
    }

    @Test
    void readsSeveralChunksOneRowAtATimeWhateverTheReadSizes() throws IOException {
        byte[] content = bytes(10 * CHUNK + 3);
        assertThat(chunks.write("many", new ByteArrayInputStream(content))).isEqualTo(content.length);
        assertThat(rows("many")).isEqualTo(11);
        try (InputStream in = chunks.open("many")) {
            assertThat(in.readNBytes(3)).containsExactly(content[0], content[1], content[2]);
            assertThat(in.read()).isEqualTo(content[3] & 0xff);
            byte[] rest = new byte[content.length];
            int read = in.readNBytes(rest, 0, rest.length);
            assertThat(read).isEqualTo(content.length - 4);
            assertThat(in.read()).isEqualTo(-1);
        }
    }

    @Test
    void writesWhatAWriterGivesInPiecesOfAnySize() throws IOException {
        byte[] content = bytes(3 * CHUNK + 5);
        long size = chunks.write("pieces", out -> {
            out.write(content, 0, 3);
            out.write(content[3]);
            out.write(content, 4, content.length - 4);
        });
        assertThat(size).isEqualTo(content.length);
        assertThat(rows("pieces")).isEqualTo(4);
        assertThat(read("pieces")).isEqualTo(content);
    }

    @Test
    void failsTheReadAtAMissingChunkInsteadOfEndingTheFileEarly() throws IOException {
        chunks.write("gap", new ByteArrayInputStream(bytes(3 * CHUNK)));
        jdbc.sql("DELETE FROM test_chunk WHERE file_key = 'gap' AND seq = 1").update();
        try (InputStream in = chunks.open("gap")) {
            assertThat(in.readNBytes(CHUNK)).isEqualTo(Arrays.copyOf(bytes(3 * CHUNK), CHUNK));
            assertThatThrownBy(in::read).isInstanceOf(IOException.class).hasMessageContaining("Chunk 1 of gap");
        }
    }

    @Test
    void answersNothingForAFileWithoutItsFirstChunk() throws IOException {
        assertThat(chunks.open("nope")).isNull();
        assertThat(chunks.exists("nope")).isFalse();
        chunks.write("headless", new ByteArrayInputStream(bytes(2 * CHUNK)));
        jdbc.sql("DELETE FROM test_chunk WHERE file_key = 'headless' AND seq = 0").update();
        assertThat(chunks.open("headless")).isNull();
    }

    @Test
    void replacesAndDeletesContent() throws IOException {
        chunks.write("k", new ByteArrayInputStream(bytes(3 * CHUNK)));
        chunks.write("k", new ByteArrayInputStream(bytes(2)));
        assertThat(rows("k")).isEqualTo(1);
        assertThat(read("k")).isEqualTo(bytes(2));
        chunks.delete("k");
        assertThat(chunks.exists("k")).isFalse();
    }

    @Test
    void leavesTheOldContentWhenTheWriterFails() throws IOException {
        chunks.write("old", new ByteArrayInputStream(bytes(2)));
        assertThatThrownBy(() -> chunks.write("old", out -> {
            out.write(bytes(2 * CHUNK));
            throw new IOException("disk gone");
        })).isInstanceOf(IOException.class).hasMessage("disk gone");
        assertThat(read("old")).isEqualTo(bytes(2));
    }

    @Test
    void leavesNothingWhenTheCallersTransactionRollsBack() {
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            try {
                chunks.write("rolled-back", new ByteArrayInputStream(bytes(3 * CHUNK)));
            }
            catch (IOException ex) {
                throw new IllegalStateException(ex);
            }
            tx.setRollbackOnly();
        });
        assertThat(rows("rolled-back")).isZero();
    }

    @Test
    void theProbeWritesNothing() {
        chunks.check(".probe");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM test_chunk").query(Long.class).single()).isZero();
    }

    @Test
    void refusesTableNamesThatAreNoPlainIdentifiers() {
        assertThatThrownBy(() -> new ChunkedContent(jdbc, transactions, "t; DROP TABLE x", "k", CHUNK))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ChunkedContent(jdbc, transactions, "test_chunk", "file_key", 0))
            .isInstanceOf(IllegalArgumentException.class);
    }

    private void assertRoundTrip(int size, int expectedRows) throws IOException {
        byte[] content = bytes(size);
        assertThat(chunks.write("f" + size, new ByteArrayInputStream(content))).isEqualTo(size);
        assertThat(rows("f" + size)).isEqualTo(expectedRows);
        assertThat(chunks.exists("f" + size)).isTrue();
        assertThat(read("f" + size)).isEqualTo(content);
    }

    private byte[] read(String key) throws IOException {
        try (InputStream in = chunks.open(key)) {
            assertThat(in).isNotNull();
            return in.readAllBytes();
        }
    }

    private long rows(String key) {
        return jdbc.sql("SELECT COUNT(*) FROM test_chunk WHERE file_key = ?").param(key).query(Long.class).single();
    }

    static byte[] bytes(int size) {
        byte[] content = new byte[size];
        for (int i = 0; i < size; i++) {
            content[i] = (byte) (i * 31 + 7);
        }
        return content;
    }

}
