package org.garrison.contracts;

/** Typed reference to a contract for other modules. */
public record ContractId(long value) {

    /** The plain number, as pages and URLs show the id. */
    @Override
    public String toString() {
        return Long.toString(value);
    }

}
