package org.garrison.contracts.internal;

/** The departments signing hands start-up work to; each is also the code of its built-in role. */
public enum Department {
    SECURITY_OPS, TRAINING, LOGISTICS;

    public String roleCode() {
        return name();
    }
}
