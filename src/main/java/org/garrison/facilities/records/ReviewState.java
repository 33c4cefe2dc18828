package org.garrison.facilities.records;

/** Where a record's review (记录审核) stands. */
public enum ReviewState {
    PENDING, PASSED, RETURNED;

    public String messageKey() {
        return "facilities.record.review." + name();
    }
}
