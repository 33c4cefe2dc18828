package org.garrison.shared;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.garrison.shared.InsertOnce.ArrayColumn;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@link InsertOnce}'s PostgreSQL statement with the columns as arrays: {@code INSERT INTO t (…) SELECT … FROM
 * unnest(?::int8[], ?::varchar[], …) AS u(…) ON CONFLICT DO NOTHING RETURNING key}. A column the same for every row of
 * the upload, where declared so, is one scalar parameter instead of an array. The statement text depends only on
 * which columns were sent once, so each shape is prepared once per connection.
 */
final class ArrayInsert<T> {

    private final String head;

    private final String key;

    private final List<ArrayColumn<T>> columns;

    private final Map<Long, String> statements = new ConcurrentHashMap<>();

    ArrayInsert(String table, List<String> columnNames, String key, List<ArrayColumn<T>> columns) {
        if (columns.size() != columnNames.size() || columns.size() > Long.SIZE) {
            throw new IllegalArgumentException("one array a column: " + columnNames.size() + " expected");
        }
        this.head = "INSERT INTO " + table + " (" + String.join(", ", columnNames) + ") SELECT ";
        this.key = key;
        this.columns = List.copyOf(columns);
    }

    /** Inserts the rows; answers the keys of those stored (the others were stored before). */
    Set<String> insert(JdbcTemplate jdbc, List<T> rows) {
        var values = new Object[columns.size()][];
        long once = 0;
        for (int c = 0; c < columns.size(); c++) {
            var column = columns.get(c);
            values[c] = new Object[rows.size()];
            for (int i = 0; i < rows.size(); i++) {
                values[c][i] = column.value().apply(rows.get(i));
            }
            if (column.sameInBatch() && allEqual(values[c])) {
                once |= 1L << c;
            }
        }
        long sentOnce = once;
        String sql = statements.computeIfAbsent(sentOnce, this::statement);
        return new HashSet<>(jdbc.query(connection -> {
            PreparedStatement ps = connection.prepareStatement(sql);
            int parameter = 1;
            for (int c = 0; c < columns.size(); c++) {
                if ((sentOnce & (1L << c)) != 0) {
                    bindScalar(ps, parameter++, columns.get(c).type(), values[c][0]);
                }
            }
            for (int c = 0; c < columns.size(); c++) {
                if ((sentOnce & (1L << c)) == 0) {
                    long[] numbers = "int8".equals(columns.get(c).type()) ? longs(values[c]) : null;
                    if (numbers != null) {
                        ps.setObject(parameter++, numbers);
                    }
                    else {
                        ps.setArray(parameter++, connection.createArrayOf(columns.get(c).type(), values[c]));
                    }
                }
            }
            return ps;
        }, (rs, n) -> rs.getString(1)));
    }

    private String statement(long sentOnce) {
        var select = new ArrayList<String>();
        var arrays = new ArrayList<String>();
        var aliases = new ArrayList<String>();
        for (int c = 0; c < columns.size(); c++) {
            var column = columns.get(c);
            if ((sentOnce & (1L << c)) != 0) {
                select.add(column.select().formatted("?::" + column.type()));
            }
            else {
                select.add(column.select().formatted("u" + c));
                arrays.add("?::" + column.type() + "[]");
                aliases.add("u" + c);
            }
        }
        return head + String.join(", ", select) + (arrays.isEmpty() ? ""
                : " FROM unnest(" + String.join(", ", arrays) + ") AS u(" + String.join(", ", aliases) + ")")
                + " ON CONFLICT DO NOTHING RETURNING " + key;
    }

    private static boolean allEqual(Object[] values) {
        for (Object value : values) {
            if (!Objects.equals(value, values[0])) {
                return false;
            }
        }
        return true;
    }

    private static void bindScalar(PreparedStatement ps, int parameter, String type, @Nullable Object value)
            throws SQLException {
        if (value != null) {
            ps.setObject(parameter, value);
            return;
        }
        ps.setNull(parameter, switch (type) {
            case "int8" -> Types.BIGINT;
            case "float8" -> Types.DOUBLE;
            default -> Types.VARCHAR;
        });
    }

    /** The values as a {@code long[]}, or null when one is null (then sent as a text array). */
    private static long @Nullable [] longs(Object[] values) {
        long[] numbers = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            if (!(values[i] instanceof Number number)) {
                return null;
            }
            numbers[i] = number.longValue();
        }
        return numbers;
    }

}
