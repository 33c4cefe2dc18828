package org.garrison.contracts.internal;

/** Where a contract is in its life: inquiry → negotiating → active → expired / terminated / renewed. */
public enum ContractStatus {
    INQUIRY, NEGOTIATING, ACTIVE, EXPIRED, TERMINATED, RENEWED;

    public boolean isOpen() {
        return this == INQUIRY || this == NEGOTIATING;
    }
}
