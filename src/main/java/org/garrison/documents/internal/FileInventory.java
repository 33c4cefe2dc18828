package org.garrison.documents.internal;

import java.util.List;

import org.garrison.documents.internal.FileMoves.Entry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Every stored file the records know of (attachments, document versions and their thumbnails), by key. */
@Component
class FileInventory {

    private final JdbcClient jdbc;

    FileInventory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Entry> all() {
        return jdbc.sql("""
                SELECT storage_key, file_name, sha256 FROM doc_attachment
                UNION ALL SELECT thumbnail_key, file_name, NULL FROM doc_attachment WHERE thumbnail_key IS NOT NULL
                UNION ALL SELECT storage_key, file_name, sha256 FROM doc_version
                UNION ALL SELECT thumbnail_key, file_name, NULL FROM doc_version WHERE thumbnail_key IS NOT NULL
                ORDER BY 1""")
            .query((rs, row) -> new Entry(rs.getString(1), rs.getString(2), rs.getString(3)))
            .list();
    }

    /** Keeps the checksum of a file uploaded before checksums were recorded. */
    void recordChecksum(String key, String sha256) {
        jdbc.sql("UPDATE doc_attachment SET sha256 = ? WHERE storage_key = ? AND sha256 IS NULL").params(sha256, key).update();
        jdbc.sql("UPDATE doc_version SET sha256 = ? WHERE storage_key = ? AND sha256 IS NULL").params(sha256, key).update();
    }

}
