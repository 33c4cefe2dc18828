package org.garrison.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextsTests {

    @Test
    void typedTextIsStrippedAndEmptyFieldsBecomeNoValue() {
        assertThat(Texts.blankToNull("  鹏城银行 ")).isEqualTo("鹏城银行");
        assertThat(Texts.blankToNull(" \t ")).isNull();
        assertThat(Texts.blankToNull("")).isNull();
        assertThat(Texts.blankToNull(null)).isNull();
    }

}
