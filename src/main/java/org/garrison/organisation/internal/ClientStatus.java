package org.garrison.organisation.internal;

/** Where a client stands with the company. */
public enum ClientStatus {
    PROSPECT, ACTIVE, FORMER
}
