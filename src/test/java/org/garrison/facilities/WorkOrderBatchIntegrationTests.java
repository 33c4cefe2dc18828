package org.garrison.facilities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.garrison.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Filing work orders in a batch ({@code POST /api/v1/facilities/work-orders/batch}): stored once, numbered as one
 * block in the order sent, with the deadlines filing one by one gives; one refused order refuses the whole batch and
 * nothing is stored; a client cannot file at another client's site; a guard cannot file.
 */
@IntegrationTest
class WorkOrderBatchIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    private long site(String code) {
        return jdbc.sql("SELECT id FROM org_site WHERE code = ?").param(code).query(Long.class).single();
    }

    private static String order(long site, String category, String priority, String source, String description) {
        return "{\"siteId\": " + site + ", \"category\": \"" + category + "\", \"priority\": \"" + priority + "\""
                + (source == null ? "" : ", \"source\": \"" + source + "\"") + ", \"place\": \"一楼大厅\", \"description\": \""
                + description + "\"}";
    }

    private ResultActions batch(String username, List<String> orders) throws Exception {
        return mvc.perform(post("/api/v1/facilities/work-orders/batch").with(as(username))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"orders\": [" + String.join(", ", orders) + "]}"));
    }

    private long stored(String mark) {
        return jdbc.sql("SELECT COUNT(*) FROM fa_work_order WHERE description LIKE ?").param(mark + "%").query(Long.class).single();
    }

    private Duration[] terms(String number) {
        return jdbc.sql("SELECT created_at, response_due_at, resolution_due_at FROM fa_work_order WHERE number = ?")
            .param(number)
            .query((rs, row) -> {
                Instant created = rs.getObject(1, java.time.OffsetDateTime.class).toInstant();
                return new Duration[] { Duration.between(created, rs.getObject(2, java.time.OffsetDateTime.class).toInstant()),
                        Duration.between(created, rs.getObject(3, java.time.OffsetDateTime.class).toInstant()) };
            })
            .single();
    }

    @Test
    void aBatchIsStoredOnceNumberedInOrderWithTheDeadlinesFilingOneGives() throws Exception {
        String mark = "批量-" + UUID.randomUUID();
        long s101 = site("S101");
        long s102 = site("S102");
        var categories = List.of("CLEANING_REQUEST", "PEST_REQUEST", "CLEANING_REQUEST");
        var priorities = List.of("NORMAL", "EMERGENCY", "MAJOR");
        var orders = new ArrayList<String>();
        for (int i = 0; i < 3; i++) {
            orders.add(order(i == 1 ? s102 : s101, categories.get(i), priorities.get(i), "PHONE", mark + " " + i));
        }
        String body = batch("logistics", orders).andExpect(status().isCreated())
            .andExpect(jsonPath("$.orders.length()").value(3))
            .andReturn().getResponse().getContentAsString();
        List<String> numbers = JsonPath.read(body, "$.orders[*].number");
        List<Integer> ids = JsonPath.read(body, "$.orders[*].id");
        int first = Integer.parseInt(numbers.get(0).substring(numbers.get(0).lastIndexOf('-') + 1));
        for (int i = 0; i < 3; i++) {
            assertThat(Integer.parseInt(numbers.get(i).substring(numbers.get(i).lastIndexOf('-') + 1))).isEqualTo(first + i);
            assertThat(jdbc.sql("SELECT description FROM fa_work_order WHERE id = ? AND number = ?")
                .params(ids.get(i), numbers.get(i)).query(String.class).single()).isEqualTo(mark + " " + i);
        }
        assertThat(stored(mark)).isEqualTo(3);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM fa_work_order_step s JOIN fa_work_order o ON o.id = s.work_order_id "
                + "WHERE o.description LIKE ? AND s.action = 'FILED'").param(mark + "%").query(Long.class).single()).isEqualTo(3);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM sla_clock c JOIN fa_work_order o ON c.item_type = 'WORK_ORDER' "
                + "AND c.item_ref = o.clock_ref AND c.response_due_at = o.response_due_at AND c.resolution_due_at = "
                + "o.resolution_due_at AND c.next_due_at IS NOT NULL WHERE o.description LIKE ?")
            .param(mark + "%").query(Long.class).single()).as("one running clock each, deadlines on the order").isEqualTo(3);
        assertThat(jdbc.sql("SELECT category FROM fa_work_order WHERE number = ?").param(numbers.get(1)).query(String.class)
            .single()).as("an emergency pest request runs on the 2-hour target").isEqualTo("PEST_EMERGENCY");

        for (int i = 0; i < 3; i++) {
            String one = mvc.perform(post("/api/v1/facilities/work-orders").with(as("logistics"))
                    .contentType(MediaType.APPLICATION_JSON).content(orders.get(i).replace(mark, mark + "-einzeln")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
            String number = JsonPath.read(one, "$.number");
            assertThat(terms(numbers.get(i))).as("deadlines of " + categories.get(i) + "/" + priorities.get(i))
                .containsExactly(terms(number));
        }
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.sql(
                "SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'WorkOrder' AND action = 'FILED' AND summary LIKE ?")
            .param(numbers.get(0) + " … " + numbers.get(2) + "%").query(Long.class).single()).isOne());
    }

    @Test
    void oneRefusedOrderRefusesTheWholeBatchAndNothingIsStored() throws Exception {
        String mark = "批量拒绝-" + UUID.randomUUID();
        long s101 = site("S101");
        var good = order(s101, "CLEANING_REQUEST", "NORMAL", "PHONE", mark);
        long clocks = jdbc.sql("SELECT COUNT(*) FROM sla_clock").query(Long.class).single();
        batch("logistics", List.of(good, order(s101, "CLEANING_REQUEST", "NORMAL", "TASK_FAULT", mark)))
            .andExpect(status().isUnprocessableContent());
        batch("logistics", List.of(good, good.replace("\"一楼大厅\"", "\" \"")))
            .andExpect(status().isBadRequest())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        batch("logistics", List.of(good, order(Long.MAX_VALUE, "CLEANING_REQUEST", "NORMAL", "PHONE", mark)))
            .andExpect(status().isNotFound());
        batch("logistics", List.of()).andExpect(status().isBadRequest());
        var tooMany = new ArrayList<String>();
        for (int i = 0; i < 101; i++) {
            tooMany.add(good);
        }
        batch("logistics", tooMany).andExpect(status().isBadRequest());
        assertThat(stored(mark)).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM sla_clock").query(Long.class).single()).isEqualTo(clocks);
    }

    @Test
    void aClientFilesOnlyAtItsOwnSitesAsItsRequestsAndAGuardNotAtAll() throws Exception {
        String mark = "批量客户-" + UUID.randomUUID();
        long s101 = site("S101");
        batch("client2", List.of(order(s101, "CLEANING_REQUEST", "NORMAL", null, mark))).andExpect(status().isNotFound());
        batch("guard", List.of(order(s101, "CLEANING_REQUEST", "NORMAL", null, mark))).andExpect(status().isForbidden());
        assertThat(stored(mark)).isZero();
        batch("client", List.of(order(s101, "CLEANING_REQUEST", "NORMAL", "PHONE", mark))).andExpect(status().isCreated());
        assertThat(jdbc.sql("SELECT source FROM fa_work_order WHERE description = ?").param(mark).query(String.class).single())
            .isEqualTo("CLIENT_REQUEST");
    }

}
