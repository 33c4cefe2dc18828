package org.garrison.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTests {

    @Test
    void acceptsTenCharactersWithLettersAndDigits() {
        assertThat(PasswordPolicy.violations("Wache12345", "guard")).isEmpty();
    }

    @Test
    void refusesNineCharacters() {
        assertThat(PasswordPolicy.violations("Wache1234", "guard")).containsExactly("password.tooShort");
    }

    @Test
    void refusesPasswordsWithoutDigit() {
        assertThat(PasswordPolicy.violations("NurBuchstaben", "guard")).containsExactly("password.needsLetterAndDigit");
    }

    @Test
    void refusesPasswordsWithoutLetter() {
        assertThat(PasswordPolicy.violations("3141592653", "guard")).containsExactly("password.needsLetterAndDigit");
    }

    @Test
    void refusesTheUserNameInAnyCase() {
        assertThat(PasswordPolicy.violations("xxZhangWei2026", "zhangwei")).containsExactly("password.containsUsername");
        assertThat(PasswordPolicy.violations("zhangwei2026x", "ZhangWei")).containsExactly("password.containsUsername");
    }

    @Test
    void refusesCommonPasswordsWhateverTheCase() {
        assertThat(PasswordPolicy.violations("Password12", "guard")).containsExactly("password.tooCommon");
        assertThat(PasswordPolicy.violations("1Q2W3E4R5T", "guard")).containsExactly("password.tooCommon");
    }

    @Test
    void reportsEveryBrokenRule() {
        assertThat(PasswordPolicy.violations("guard", "guard"))
            .containsExactly("password.tooShort", "password.needsLetterAndDigit", "password.containsUsername");
    }

}
