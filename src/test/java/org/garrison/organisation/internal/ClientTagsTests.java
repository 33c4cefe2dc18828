package org.garrison.organisation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClientTagsTests {

    @Test
    void tagsAreTrimmedUniqueAndSplitOnChineseOrLatinCommas() {
        assertThat(ClientTags.normalise(" 银行， VIP,银行 ;重点客户")).isEqualTo("银行,VIP,重点客户");
        assertThat(ClientTags.normalise(" , ")).isNull();
        assertThat(ClientTags.normalise(null)).isNull();
    }

    @Test
    void phonesAreComparedDigitByDigitWithoutTheChinaPrefix() {
        assertThat(ClientTags.digits("0755-8300 1234")).isEqualTo("075583001234");
        assertThat(ClientTags.digits("(0755) 83001234")).isEqualTo("075583001234");
        assertThat(ClientTags.digits("+86 138 0013 8000")).isEqualTo("13800138000");
        assertThat(ClientTags.digits("13800138000")).isEqualTo("13800138000");
        assertThat(ClientTags.digits(" - ")).isNull();
    }

}
