package org.garrison.imports.internal;

import java.util.List;

/**
 * A file as read: its header cells, its rows (each with the number an editor shows: the header is row 1) and
 * what it was read as ({@code xlsx}, or the text encoding of a CSV file).
 */
public record Table(List<String> headers, List<Line> lines, String readAs) {

    public Table {
        headers = List.copyOf(headers);
        lines = List.copyOf(lines);
    }

    /** One row of cells, as text (blank cells are empty strings). */
    public record Line(int number, List<String> cells) {

        public Line {
            cells = List.copyOf(cells);
        }

        public String cell(int column) {
            return column < cells.size() ? cells.get(column) : "";
        }

        public boolean blank() {
            return cells.stream().allMatch(String::isBlank);
        }

    }

}
