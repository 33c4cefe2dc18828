package org.garrison.shared;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Stores rows that carry an id made on the device (a scan, a clock event) at most once, in one statement per upload:
 * {@code ON CONFLICT DO NOTHING} skips a row whose id is stored already, which is how a duplicate is told apart even
 * when two uploads of it race. On PostgreSQL the upload is one multi-row {@code INSERT … RETURNING} the ids it stored
 * (one statement to parse, plan and run instead of one per row); elsewhere (H2) a JDBC batch of single-row inserts
 * whose update counts say the same.
 *
 * @param <T> the row type
 */
public final class InsertOnce<T> {

    /** Binds one row's values after the first {@code offset} parameters. */
    @FunctionalInterface
    public interface Binder<T> {

        void bind(PreparedStatement ps, int offset, T row) throws SQLException;

    }

    private final JdbcTemplate jdbc;

    private final String insertInto;

    private final String row;

    private final int columns;

    private final String key;

    private final Function<T, String> keyOf;

    private final Binder<T> binder;

    private final Map<Integer, String> multiRow = new ConcurrentHashMap<>();

    private volatile @Nullable Boolean postgres;

    /**
     * @param table the table
     * @param columns its columns in the order the binder binds them
     * @param key the column of the device-made id, unique in the table
     * @param keyOf a row's id
     */
    public InsertOnce(JdbcTemplate jdbc, String table, List<String> columns, String key, Function<T, String> keyOf,
            Binder<T> binder) {
        this.jdbc = jdbc;
        this.insertInto = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ";
        this.row = "(" + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
        this.columns = columns.size();
        this.key = key;
        this.keyOf = keyOf;
        this.binder = binder;
    }

    /** Stores the rows (their ids distinct); answers per row whether it was stored (false: stored before). */
    public boolean[] insert(List<T> rows) {
        var inserted = new boolean[rows.size()];
        if (rows.isEmpty()) {
            return inserted;
        }
        if (isPostgres()) {
            String sql = multiRow.computeIfAbsent(rows.size(), n -> insertInto
                    + String.join(", ", Collections.nCopies(n, row)) + " ON CONFLICT DO NOTHING RETURNING " + key);
            Set<String> stored = new HashSet<>(jdbc.query(connection -> {
                PreparedStatement ps = connection.prepareStatement(sql);
                for (int i = 0; i < rows.size(); i++) {
                    binder.bind(ps, i * columns, rows.get(i));
                }
                return ps;
            }, (rs, n) -> rs.getString(1)));
            for (int i = 0; i < rows.size(); i++) {
                inserted[i] = stored.contains(keyOf.apply(rows.get(i)));
            }
            return inserted;
        }
        int[][] counts = jdbc.batchUpdate(insertInto + row + " ON CONFLICT DO NOTHING", rows, rows.size(),
                (ps, r) -> binder.bind(ps, 0, r));
        for (int i = 0; i < rows.size(); i++) {
            inserted[i] = counts[0][i] != 0;
        }
        return inserted;
    }

    private boolean isPostgres() {
        Boolean known = postgres;
        if (known == null) {
            known = Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>) connection -> "PostgreSQL"
                .equalsIgnoreCase(connection.getMetaData().getDatabaseProductName())));
            postgres = known;
        }
        return known;
    }

}
