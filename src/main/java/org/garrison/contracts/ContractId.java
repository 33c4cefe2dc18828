package org.garrison.contracts;

/** Typed reference to a contract for other modules. */
public record ContractId(long value) {
}
