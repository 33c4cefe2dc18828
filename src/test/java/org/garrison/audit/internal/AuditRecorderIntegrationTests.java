package org.garrison.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.garrison.audit.AuditTestData.from;
import static org.garrison.audit.AuditTestData.unique;
import static org.garrison.audit.AuditTestData.uniqueAddress;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.assertj.core.groups.Tuple;
import org.garrison.shared.AuditedChange;
import org.garrison.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class AuditRecorderIntegrationTests {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Test
    void storesAChangeWithItsActorAndTheRecordBeforeAndAfterAsJson() {
        String actor = unique("recorder");
        Instant at = Instant.parse("2026-11-21T02:30:00Z");

        new TransactionTemplate(transactionManager).executeWithoutResult(tx -> events.publishEvent(new AuditedChange(at, 42L,
                actor, "UPDATE", "Site", "900077", "renamed 驻点", Map.of("name", "南山驻点"), Map.of("name", "南山一号驻点"))));

        var row = jdbc.sql("select occurred_at, actor_id, action, entity_type, entity_id, summary, before_state, after_state "
                + "from audit_entry where actor_name = ?").param(actor).query().singleRow();
        assertThat(row.get("actor_id")).isEqualTo(42L);
        assertThat(row).containsEntry("action", "UPDATE").containsEntry("entity_type", "Site").containsEntry("entity_id", "900077")
            .containsEntry("summary", "renamed 驻点");
        assertThat(json.readTree((String) row.get("before_state")).get("name").asString()).isEqualTo("南山驻点");
        assertThat(json.readTree((String) row.get("after_state")).get("name").asString()).isEqualTo("南山一号驻点");
    }

    @Test
    void writesTheEntryInTheChangesTransactionSoARollbackLeavesNoEntry() {
        String actor = unique("rollback");

        new TransactionTemplate(transactionManager).executeWithoutResult(tx -> {
            events.publishEvent(new AuditedChange(Instant.now(), null, actor, "CREATE", "Client", "90005", "created", null,
                    Map.of("name", "客户")));
            assertThat(count(actor)).as("visible inside the change's transaction").isEqualTo(1);
            tx.setRollbackOnly();
        });

        assertThat(count(actor)).isZero();
    }

    @Test
    void recordsASuccessfulSignInWithTheCallersAddress() throws Exception {
        String address = uniqueAddress();

        mvc.perform(post("/login").param("username", "chairman").param("password", "demo").with(csrf()).with(from(address)))
            .andExpect(redirectedUrl("/"));

        assertThat(entriesFrom(address)).containsExactly(tuple("SIGN_IN", "chairman", "User"));
    }

    @Test
    void recordsAFailedSignInUnderTheNameThatWasTried() throws Exception {
        String address = uniqueAddress();
        String name = unique("nobody");

        mvc.perform(post("/login").param("username", name).param("password", "wrong").with(csrf()).with(from(address)))
            .andExpect(redirectedUrl("/login?error"));

        assertThat(entriesFrom(address)).containsExactly(tuple("SIGN_IN_FAILED", name, "User"));
    }

    @Test
    void recordsASignOut() throws Exception {
        String address = uniqueAddress();

        mvc.perform(post("/logout").with(csrf()).with(user(users.loadUserByUsername("chairman"))).with(from(address)))
            .andExpect(redirectedUrl("/login?logout"));

        assertThat(entriesFrom(address)).containsExactly(tuple("SIGN_OUT", "chairman", "User"));
    }

    private long count(String actor) {
        return jdbc.sql("select count(*) from audit_entry where actor_name = ?").param(actor).query(Long.class).single();
    }

    private List<Tuple> entriesFrom(String address) {
        return jdbc.sql("select action, actor_name, entity_type from audit_entry where remote_addr = ? order by id")
            .param(address)
            .query((rs, n) -> tuple(rs.getString(1), rs.getString(2), rs.getString(3)))
            .list();
    }

}
