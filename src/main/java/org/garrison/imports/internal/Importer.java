package org.garrison.imports.internal;

import java.util.List;
import java.util.Locale;

import org.garrison.imports.ImportKind;
import org.garrison.shared.DataScope;
import org.garrison.shared.ImportOutcome;

/** One kind of file: its columns, what its template shows, and how its rows are taken in. */
interface Importer {

    ImportKind kind();

    List<Column> columns();

    /** An example row in column order, in the user's language. */
    List<String> example(Locale locale);

    /** The values the user may choose from, one list per column that has them (for the template). */
    List<Allowed> allowed(DataScope scope, Locale locale);

    /** Takes rows in for one file, within the importer's data scope (lookups are kept for the file). */
    Rows prepare(DataScope scope);

    /** The rows of one file. */
    interface Rows {

        /** What makes two rows the same record (a second such row in the file is refused). */
        String key(RowValues row);

        /** Takes the row in, as one transaction of the owning module. */
        ImportOutcome apply(RowValues row);

    }

    /** The values allowed in one column, as the user writes them. */
    record Allowed(String field, List<String> values) {

        public Allowed {
            values = List.copyOf(values);
        }

    }

}
