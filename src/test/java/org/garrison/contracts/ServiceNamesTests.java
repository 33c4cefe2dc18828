package org.garrison.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class ServiceNamesTests {

    @Test
    void theServicesCarrySeed003sNamesAndThePagesShowTheSameOnes() throws IOException {
        assertThat(Arrays.stream(ServiceKind.values()).map(ServiceKind::nameZh))
            .containsExactly("安保服务", "卫生保洁", "绿植养护", "虫控消杀", "日常用电巡检及维护");
        var zh = new Properties();
        try (var in = getClass().getResourceAsStream("/messages/contracts_zh_CN.properties")) {
            zh.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        for (var kind : ServiceKind.values()) {
            assertThat(zh.getProperty(kind.messageKey())).isEqualTo(kind.nameZh());
        }
    }

}
