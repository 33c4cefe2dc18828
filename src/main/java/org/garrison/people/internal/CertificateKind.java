package org.garrison.people.internal;

/** Kinds of certificate an employee may hold; the guard licence (保安员证) is required for duty. */
public enum CertificateKind {

    GUARD_LICENCE, FIRE_SAFETY, FIRST_AID, DRIVING_LICENCE, OTHER;

    public String messageKey() {
        return "people.certificate." + name();
    }

}
