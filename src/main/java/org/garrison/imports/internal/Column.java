package org.garrison.imports.internal;

/**
 * A column an importer reads: its field (header label key {@code imports.column.<field>}) and whether every row
 * must fill it.
 */
record Column(String field, boolean required) {

    static Column required(String field) {
        return new Column(field, true);
    }

    static Column optional(String field) {
        return new Column(field, false);
    }

    String labelKey() {
        return "imports.column." + field;
    }

}
