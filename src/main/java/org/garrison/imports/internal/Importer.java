package org.garrison.imports.internal;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.garrison.imports.ImportKind;
import org.garrison.shared.DataScope;
import org.garrison.shared.ImportOutcome;

/**
 * One kind of file: its columns, what its template shows, and how one row is taken in. The row loop (blank and
 * repeated rows, one transaction per row, the answer of every row) is {@link ImportRun}'s, the same for every kind.
 */
abstract class Importer {

    private final ImportKind kind;

    private final List<Column> columns;

    Importer(ImportKind kind, List<Column> columns) {
        this.kind = kind;
        this.columns = List.copyOf(columns);
    }

    final ImportKind kind() {
        return kind;
    }

    final List<Column> columns() {
        return columns;
    }

    /** An example row in column order, in the user's language. */
    abstract List<String> example(Locale locale);

    /** The values the user may choose from, one list per column that has them (for the template). */
    abstract List<Allowed> allowed(DataScope scope, Locale locale);

    /** Takes rows in for one file, within the importer's data scope (lookups are kept for the file). */
    abstract Rows prepare(DataScope scope);

    /**
     * The rows of one file.
     *
     * @param key what makes two rows the same record (a second such row in the file is refused)
     * @param apply takes the row in, as one transaction of the owning module
     */
    record Rows(Function<RowValues, String> key, Function<RowValues, ImportOutcome> apply) {
    }

    /** The values allowed in one column, as the user writes them. */
    record Allowed(String field, List<String> values) {

        Allowed {
            values = List.copyOf(values);
        }

    }

}
