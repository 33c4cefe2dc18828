package org.garrison.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LikeTests {

    @Test
    void wildcardsAndTheEscapeCharacterMatchOnlyThemselves() {
        assertThat(Like.escape("100%_a\\b")).isEqualTo("100\\%\\_a\\\\b");
        assertThat(Like.containing(" % ")).isEqualTo("%\\%%");
        assertThat(Like.containing("张_三")).isEqualTo("%张\\_三%");
    }

    @Test
    void lowerCaseForComparingWithLowerColumns() {
        assertThat(Like.containingLowerCase(" ABC_d ")).isEqualTo("%abc\\_d%");
    }

    @Test
    void nothingTypedIsNoFilter() {
        assertThat(Like.containing(null)).isNull();
        assertThat(Like.containing("  ")).isNull();
        assertThat(Like.containingLowerCase("")).isNull();
    }

}
