package org.garrison.identity.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Rules for a new password: at least 10 characters, at least one letter and one digit, not the user
 * name, and not one of the passwords everybody tries first.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;

    private static final List<String> COMMON = List.of("password", "1234567890", "qwertyuiop", "12345678910",
            "password12", "abc1234567", "a123456789", "1q2w3e4r5t", "iloveyou12", "admin12345");

    private PasswordPolicy() {
    }

    /** Message keys of every rule the password breaks; empty when it is acceptable. */
    public static List<String> violations(String password, String username) {
        var problems = new ArrayList<String>();
        if (password.length() < MIN_LENGTH) {
            problems.add("password.tooShort");
        }
        if (password.chars().noneMatch(Character::isLetter) || password.chars().noneMatch(Character::isDigit)) {
            problems.add("password.needsLetterAndDigit");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (!username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
            problems.add("password.containsUsername");
        }
        if (COMMON.contains(lower)) {
            problems.add("password.tooCommon");
        }
        return problems;
    }

}
