package org.garrison.shared;

/**
 * What importing one row of a file did to the record it names: made it, changed it, or found it as the row
 * says already (importing the same file twice stores nothing twice).
 */
public enum ImportOutcome {

    CREATED, UPDATED, UNCHANGED;

    /** The stronger of two outcomes for a row that touches two records (a client and its contact). */
    public ImportOutcome and(ImportOutcome other) {
        if (this == CREATED || other == CREATED) {
            return CREATED;
        }
        return this == UPDATED || other == UPDATED ? UPDATED : UNCHANGED;
    }

}
