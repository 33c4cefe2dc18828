package org.garrison.platform.backup;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import org.garrison.shared.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Service;

/**
 * An online backup of the embedded H2 database, taken inside the running application (H2's {@code SCRIPT TO
 * ... COMPRESSION ZIP}: a consistent SQL script of schema and data, files of the database document store
 * included). It needs no network listener: the embedded database opens none. PostgreSQL installations use
 * {@code pg_dump} instead.
 */
@Service
class EmbeddedBackup {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedBackup.class);

    private final JdbcClient jdbc;

    private final DataSource dataSource;

    EmbeddedBackup(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /**
     * Writes the backup to a temporary file and opens it; the file is removed when the stream is closed.
     *
     * @throws DomainException when the database is not the embedded H2 database
     */
    InputStream take() throws IOException {
        if (!isH2()) {
            throw new DomainException("backup.notEmbedded");
        }
        Path file = Files.createTempFile("garrison-backup-", ".zip");
        Files.delete(file); // H2 refuses to write over an existing file
        long started = System.nanoTime();
        jdbc.sql("SCRIPT TO '" + file.toString().replace("'", "''") + "' COMPRESSION ZIP").query().listOfRows();
        log.info("embedded database backup taken: {} bytes in {} ms", Files.size(file),
                (System.nanoTime() - started) / 1_000_000);
        return new DeletingInputStream(file);
    }

    private boolean isH2() {
        try {
            String product = JdbcUtils.extractDatabaseMetaData(dataSource, meta -> meta.getDatabaseProductName());
            return "H2".equalsIgnoreCase(product);
        }
        catch (MetaDataAccessException ex) {
            throw new IllegalStateException("cannot tell which database this is", ex);
        }
    }

    /** Reads the backup file and removes it when closed. */
    private static final class DeletingInputStream extends FilterInputStream {

        private final Path file;

        DeletingInputStream(Path file) throws IOException {
            super(Files.newInputStream(file));
            this.file = file;
        }

        @Override
        public void close() throws IOException {
            try {
                super.close();
            }
            finally {
                Files.deleteIfExists(file);
            }
        }

    }

}
