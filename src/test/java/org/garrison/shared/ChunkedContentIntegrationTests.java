package org.garrison.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.garrison.shared.ChunkedContentTests.bytes;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;

import org.garrison.testsupport.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Chunked content on the test database (H2, or PostgreSQL with {@code GARRISON_TEST_DB=postgres}) in the long jobs'
 * result table, with chunks of 8 bytes: empty, exactly one chunk, several chunks, a missing chunk.
 */
@IntegrationTest
class ChunkedContentIntegrationTests {

    private static final int CHUNK = 8;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    private ChunkedContent chunks;

    private final String prefix = "chunked-test-" + UUID.randomUUID() + "/";

    @BeforeEach
    void store() {
        chunks = new ChunkedContent(jdbc, transactions, "long_job_result_chunk", "result_key", CHUNK);
    }

    @AfterEach
    void cleanUp() {
        jdbc.sql("DELETE FROM long_job_result_chunk WHERE result_key LIKE ?").param(prefix + "%").update();
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
    void keepsSeveralChunksInRowsReadOneAtATime() throws IOException {
        assertRoundTrip(5 * CHUNK + 3, 6);
    }

    @Test
    void failsTheReadAtAMissingChunk() throws IOException {
        String key = prefix + "gap";
        chunks.write(key, new ByteArrayInputStream(bytes(3 * CHUNK)));
        jdbc.sql("DELETE FROM long_job_result_chunk WHERE result_key = ? AND seq = 1").param(key).update();
        try (InputStream in = chunks.open(key)) {
            assertThat(in).isNotNull();
            assertThat(in.readNBytes(CHUNK)).hasSize(CHUNK);
            assertThatThrownBy(in::readAllBytes).isInstanceOf(IOException.class);
        }
        jdbc.sql("DELETE FROM long_job_result_chunk WHERE result_key = ? AND seq = 0").param(key).update();
        assertThat(chunks.open(key)).isNull();
        assertThat(chunks.exists(key)).isFalse();
    }

    private void assertRoundTrip(int size, int expectedRows) throws IOException {
        String key = prefix + size;
        byte[] content = bytes(size);
        assertThat(chunks.write(key, new ByteArrayInputStream(content))).isEqualTo(size);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM long_job_result_chunk WHERE result_key = ?")
            .param(key)
            .query(Long.class)
            .single()).isEqualTo(expectedRows);
        try (InputStream in = chunks.open(key)) {
            assertThat(in).isNotNull();
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
    }

}
