package org.garrison.organisation.web;

/** The shape of branch and site codes (letters, digits and hyphens, stored in upper case). */
final class Codes {

    static final String PATTERN = "[A-Za-z0-9-]*";

    static final String MESSAGE = "{org.code.invalid}";

    private Codes() {
    }

}
