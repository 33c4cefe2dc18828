package org.garrison;

import static org.assertj.core.api.Assertions.assertThat;

import org.garrison.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

// Same configuration as the MockMvc tests, so that all of them share one cached context.
@IntegrationTest
class ApplicationIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    @Test
    void startsWithMigratedSchemaAndDemoAccountsForEveryRole() {
        assertThat(jdbc.sql("select count(*) from app_user").query(Long.class).single()).isGreaterThanOrEqualTo(15);
        assertThat(jdbc.sql("select count(*) from app_role").query(Long.class).single()).isGreaterThanOrEqualTo(14);
        assertThat(jdbc.sql("select count(*) from org_site").query(Long.class).single()).isGreaterThanOrEqualTo(4);
    }

}
