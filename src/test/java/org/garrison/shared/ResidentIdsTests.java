package org.garrison.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ResidentIdsTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    @Test
    void acceptsNumbersWhoseCheckCharacterMatchesIncludingX() {
        assertThat(ResidentIds.isValid("11010519491231002X", TODAY)).isTrue();
        assertThat(ResidentIds.isValid("440303198511200017", TODAY)).isTrue();
        assertThat(ResidentIds.isValid("320102197812313454", TODAY)).isTrue();
        assertThat(ResidentIds.isValid(ResidentIds.normalise(" 44030519900101123x "), TODAY)).isTrue();
    }

    @Test
    void refusesAWrongCheckCharacter() {
        assertThat(ResidentIds.isValid("110105194912310021", TODAY)).isFalse();
        assertThat(ResidentIds.isValid("440303198511200018", TODAY)).isFalse();
        assertThat(ResidentIds.isValid("44030519900101123X".replace('X', '0'), TODAY)).isFalse();
    }

    @Test
    void refusesWrongLengthLettersAndALowerCaseXBeforeNormalising() {
        assertThat(ResidentIds.isValid("44030319851120001", TODAY)).isFalse();
        assertThat(ResidentIds.isValid("4403031985112000170", TODAY)).isFalse();
        assertThat(ResidentIds.isValid("44030319851120A017", TODAY)).isFalse();
        assertThat(ResidentIds.isValid("44030519900101123x", TODAY)).isFalse();
        assertThat(ResidentIds.isValid("", TODAY)).isFalse();
        assertThat(ResidentIds.isValid(null, TODAY)).isFalse();
        assertThat(ResidentIds.isValid("040303198511200017", TODAY)).isFalse();
    }

    @Test
    void refusesImpossibleOrFutureBirthDatesEvenWithAMatchingCheckCharacter() {
        assertThat(ResidentIds.isValid(withCheck("44030319850230001"), TODAY)).as("30 February").isFalse();
        assertThat(ResidentIds.isValid(withCheck("44030320271010001"), TODAY)).as("born next year").isFalse();
        assertThat(ResidentIds.isValid(withCheck("44030318991231001"), TODAY)).as("before 1900").isFalse();
        assertThat(ResidentIds.isValid(withCheck("44030320000229001"), TODAY)).as("leap day").isTrue();
    }

    private static String withCheck(String first17) {
        return first17 + ResidentIds.checkCharacter(first17);
    }

}
