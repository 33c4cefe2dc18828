package org.garrison.organisation.web;

/** The shape of a phone number as people write it: digits, spaces, +, -, parentheses and 转 for extensions. */
final class Phones {

    static final String PATTERN = "[0-9 +()\\-转]*";

    static final String MESSAGE = "{client.phone.invalid}";

    private Phones() {
    }

}
