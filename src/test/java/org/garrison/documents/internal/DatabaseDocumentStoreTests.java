package org.garrison.documents.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The chunked database store on an in-memory H2 database, with chunks of 8 bytes to see the boundaries. */
class DatabaseDocumentStoreTests {

    private static final int CHUNK = 8;

    private JdbcClient jdbc;

    private DataSourceTransactionManager transactions;

    private DatabaseDocumentStore store;

    @BeforeEach
    void database() {
        var dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:chunks-" + System.nanoTime() + ";MODE=PostgreSQL;DB_CLOSE_DELAY=-1");
        jdbc = JdbcClient.create(dataSource);
        jdbc.sql("CREATE TABLE doc_content_chunk (storage_key VARCHAR(220) NOT NULL, seq INTEGER NOT NULL, "
                + "bytes BYTEA NOT NULL, PRIMARY KEY (storage_key, seq))").update();
        transactions = new DataSourceTransactionManager(dataSource);
        store = new DatabaseDocumentStore(jdbc, transactions, CHUNK);
    }

    @Test
    void keepsAnEmptyFileAsOneEmptyChunk() throws IOException {
        assertRoundTrip(0, 1);
    }

    @Test
    void keepsAFileOfExactlyOneChunkInOneRow() throws IOException {
        assertRoundTrip(CHUNK, 1);
    }

    @Test
    void startsASecondRowOneByteAfterTheChunk() throws IOException {
        assertRoundTrip(CHUNK + 1, 2);
    }

    @Test
    void readsAFileOfManyChunksOneRowAtATime() throws IOException {
        byte[] content = bytes(10 * CHUNK + 3);
        store.put("a/many", new ByteArrayInputStream(content), content.length);
        try (InputStream in = store.open("a/many")) {
            byte[] first = in.readNBytes(3);
            assertThat(first).containsExactly(content[0], content[1], content[2]);
            assertThat(in.read()).isEqualTo(content[3] & 0xff);
            assertThat(in.readAllBytes()).hasSize(content.length - 4);
        }
    }

    @Test
    void answersNoSuchFileForAnUnknownKey() {
        assertThatThrownBy(() -> store.open("nope")).isInstanceOf(NoSuchFileException.class);
        assertThat(store.exists("nope")).isFalse();
    }

    @Test
    void replacesAndDeletesAFile() throws IOException {
        store.put("k", new ByteArrayInputStream(bytes(3 * CHUNK)), -1);
        store.put("k", new ByteArrayInputStream(bytes(2)), 2);
        assertThat(rows("k")).isEqualTo(1);
        store.delete("k");
        assertThat(store.exists("k")).isFalse();
    }

    @Test
    void leavesNothingWhenTheCallersTransactionRollsBack() {
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            try {
                store.put("rolled-back", new ByteArrayInputStream(bytes(3 * CHUNK)), -1);
            }
            catch (IOException ex) {
                throw new IllegalStateException(ex);
            }
            tx.setRollbackOnly();
        });
        assertThat(rows("rolled-back")).isZero();
    }

    @Test
    void healthCheckWritesNothing() {
        store.check();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM doc_content_chunk").query(Long.class).single()).isZero();
    }

    private void assertRoundTrip(int size, int expectedRows) throws IOException {
        byte[] content = bytes(size);
        store.put("f/" + size, new ByteArrayInputStream(content), size);
        assertThat(rows("f/" + size)).isEqualTo(expectedRows);
        assertThat(store.exists("f/" + size)).isTrue();
        try (InputStream in = store.open("f/" + size)) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
    }

    private long rows(String key) {
        return jdbc.sql("SELECT COUNT(*) FROM doc_content_chunk WHERE storage_key = ?").param(key).query(Long.class).single();
    }

    private static byte[] bytes(int size) {
        byte[] content = new byte[size];
        for (int i = 0; i < size; i++) {
            content[i] = (byte) (i * 31 + 7);
        }
        return content;
    }

}
