package org.garrison.shared;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
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
 * (one statement to parse, plan and run instead of one per row), or, where the columns are also given as arrays
 * ({@link #unnest}), one {@code INSERT … SELECT FROM unnest(…) … RETURNING} with an array a column (a dozen
 * parameters to bind instead of a dozen a row); elsewhere (H2) a JDBC batch of single-row inserts whose update counts
 * say the same.
 *
 * @param <T> the row type
 */
public final class InsertOnce<T> {

    /** Binds one row's values after the first {@code offset} parameters. */
    @FunctionalInterface
    public interface Binder<T> {

        void bind(PreparedStatement ps, int offset, T row) throws SQLException;

    }

    /**
     * A column as a PostgreSQL array: its element type ({@code int8}, {@code varchar}, …) and a row's value. An
     * {@code int8} column without nulls is sent as a binary {@code long[]}; an instant is best sent so, as epoch
     * microseconds, with {@link #instant}. A column whose value is usually the same for the whole upload (the device,
     * the time received) is {@link #perBatch}: then it is sent once, not once a row.
     *
     * @param select the column's value in the {@code SELECT} from the element {@code %s}, e.g. a conversion
     */
    public record ArrayColumn<T>(String type, Function<T, @Nullable Object> value, String select, boolean sameInBatch) {

        public ArrayColumn(String type, Function<T, @Nullable Object> value) {
            this(type, value, "%s", false);
        }

        /** A {@code timestamptz} column sent as epoch microseconds (binary {@code int8}), turned back in the SELECT. */
        public static <T> ArrayColumn<T> instant(Function<T, Instant> value) {
            return new ArrayColumn<>("int8", row -> {
                Instant at = value.apply(row);
                return at.getEpochSecond() * 1_000_000L + at.getNano() / 1_000;
            }, "TIMESTAMPTZ 'epoch' + %s * INTERVAL '1 microsecond'", false);
        }

        /** The same column, sent once when every row of an upload has the same value (and as an array otherwise). */
        public ArrayColumn<T> perBatch() {
            return new ArrayColumn<>(type, value, select, true);
        }

    }

    private final JdbcTemplate jdbc;

    private final String table;

    private final List<String> columnNames;

    private final String insertInto;

    private final String row;

    private final int columns;

    private final String key;

    private final Function<T, String> keyOf;

    private final Binder<T> binder;

    private final Map<Integer, String> multiRow = new ConcurrentHashMap<>();

    private @Nullable ArrayInsert<T> arrays;

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
        this.table = table;
        this.columnNames = List.copyOf(columns);
        this.insertInto = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ";
        this.row = "(" + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
        this.columns = columns.size();
        this.key = key;
        this.keyOf = keyOf;
        this.binder = binder;
    }

    /**
     * On PostgreSQL, binds the columns as arrays (in the order of the column names) instead of a row at a time.
     *
     * @return this
     */
    public InsertOnce<T> unnest(List<ArrayColumn<T>> columns) {
        if (columns.size() != this.columns) {
            throw new IllegalArgumentException("one array a column: " + this.columns + " expected");
        }
        this.arrays = new ArrayInsert<>(table, columnNames, key, columns);
        return this;
    }

    /** Stores the rows (their ids distinct); answers per row whether it was stored (false: stored before). */
    public boolean[] insert(List<T> rows) {
        var inserted = new boolean[rows.size()];
        if (rows.isEmpty()) {
            return inserted;
        }
        var columnArrays = arrays;
        if (isPostgres() && columnArrays != null) {
            Set<String> stored = columnArrays.insert(jdbc, rows);
            for (int i = 0; i < rows.size(); i++) {
                inserted[i] = stored.contains(keyOf.apply(rows.get(i)));
            }
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
