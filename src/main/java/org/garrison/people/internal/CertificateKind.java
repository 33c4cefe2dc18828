package org.garrison.people.internal;

/**
 * Kinds of certificate an employee (or an applicant at screening) may hold; the guard licence (保安员证) is
 * required for duty, and a post may require others (seed 002: 会操作电脑 on some posts, drivers on request).
 */
public enum CertificateKind {

    GUARD_LICENCE, FIRE_SAFETY, FIRST_AID, DRIVING_LICENCE, COMPUTER_SKILLS, OTHER;

    public String messageKey() {
        return "people.certificate." + name();
    }

}
