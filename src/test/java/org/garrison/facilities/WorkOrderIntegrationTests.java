package org.garrison.facilities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import com.jayway.jsonpath.JsonPath;
import org.garrison.sla.internal.SlaSweep;
import org.garrison.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Work orders over the API as the pages use them: a client's request runs the whole flow to closed with the seed's
 * SLA targets; only the client or logistics confirm; a reopened order runs under a new clock; an electrical repair is
 * held only with a reason; a clock past its deadline breaches and marks the order overdue; nobody outside the site's
 * scope sees it.
 */
@IntegrationTest
class WorkOrderIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    SlaSweep sweep;

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    private long site(String code) {
        return jdbc.sql("SELECT id FROM org_site WHERE code = ?").param(code).query(Long.class).single();
    }

    private long userId(String username) {
        return jdbc.sql("SELECT id FROM app_user WHERE username = ?").param(username).query(Long.class).single();
    }

    private int file(String username, String site, String category, String priority) throws Exception {
        String body = mvc.perform(post("/api/v1/facilities/work-orders").with(as(username)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"siteId\": " + site(site) + ", \"category\": \"" + category + "\", \"priority\": \"" + priority
                        + "\", \"place\": \"一楼大厅\", \"description\": \"测试工单\"}"))
            .andExpect(status().isCreated())
            .andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    private String state(int id) {
        return jdbc.sql("SELECT state FROM fa_work_order WHERE id = ?").param(id).query(String.class).single();
    }

    private void move(String username, int id, String action, String body, int expected) throws Exception {
        mvc.perform(post("/api/v1/facilities/work-orders/" + id + "/" + action).with(as(username)).header("Accept-Language", "zh-CN")
                .contentType(MediaType.APPLICATION_JSON).content(body))
            .andExpect(status().is(expected));
    }

    private static String record() {
        LocalDateTime now = LocalDateTime.now(java.time.ZoneId.of("Asia/Shanghai")).withNano(0);
        return "{\"startedAt\": \"" + now.minusMinutes(30) + "\", \"endedAt\": \"" + now + "\", \"place\": \"一楼大厅\", "
                + "\"staff\": \"保洁员 王芳\", \"clientName\": \"鹏城银行深圳分行\", \"content\": \"拖干地面，放置防滑提示牌\", "
                + "\"materials\": \"吸水布\", \"solved\": true}";
    }

    @Test
    void aClientsCleaningRequestRunsToClosedOnTheSeedsTargets() throws Exception {
        int id = file("client", "S101", "CLEANING_REQUEST", "NORMAL");
        String today = LocalDate.now(clock).format(DateTimeFormatter.BASIC_ISO_DATE);
        mvc.perform(get("/api/v1/facilities/work-orders/" + id).with(as("client")))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.source").value("CLIENT_REQUEST"))
            .andExpect(jsonPath("$.state").value("NEW"))
            .andExpect(jsonPath("$.number").value(org.hamcrest.Matchers.startsWith("GD-" + today + "-")));
        Instant created = jdbc.sql("SELECT created_at FROM fa_work_order WHERE id = ?").param(id).query(Instant.class).single();
        assertThat(jdbc.sql("SELECT response_due_at FROM fa_work_order WHERE id = ?").param(id).query(Instant.class).single())
            .as("cleaning request: response within 2 hours, round the clock").isEqualTo(created.plus(Duration.ofHours(2)));
        mvc.perform(get("/api/v1/facilities/work-orders/" + id).with(as("client2"))).andExpect(status().isNotFound());

        move("guard", id, "assign", "{\"assigneeId\": " + userId("cleaner") + "}", 403);
        move("logistics", id, "assign", "{\"assigneeId\": " + userId("guard") + "}", 422);
        move("logistics", id, "assign", "{\"assigneeId\": " + userId("cleaner") + "}", 200);
        move("logistics", id, "complete", record(), 422);
        move("cleaner", id, "respond", "{}", 200);
        move("cleaner", id, "arrive", "{}", 200);
        move("cleaner", id, "complete", "{\"solved\": true}", 400);
        assertThat(state(id)).isEqualTo("ON_SITE");
        move("cleaner", id, "complete", record(), 200);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM fa_service_record WHERE work_order_id = ?").param(id).query(Long.class).single())
            .isOne();

        mvc.perform(post("/api/v1/facilities/work-orders/" + id + "/confirm").with(as("cs")).header("Accept-Language", "zh-CN")
                .contentType(MediaType.APPLICATION_JSON).content("{}"))
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.detail").value("只有客户或后勤保障部可以确认或退回已完成的工作。"));
        assertThat(state(id)).isEqualTo("DONE");
        move("client", id, "confirm", "{\"note\": \"满意\"}", 200);
        move("logistics", id, "close", "{}", 200);
        assertThat(state(id)).isEqualTo("CLOSED");
        assertThat(jdbc.sql("SELECT responded_at FROM sla_clock WHERE item_type = 'WORK_ORDER' AND item_ref = "
                + "(SELECT number FROM fa_work_order WHERE id = ?)").param(id).query(Instant.class).optional())
            .as("the clock kept the answer").isPresent();
    }

    @Test
    void aReopenedOrderGoesBackToItsAssigneeUnderANewClock() throws Exception {
        int id = file("client", "S101", "PEST_REQUEST", "EMERGENCY");
        assertThat(jdbc.sql("SELECT category FROM fa_work_order WHERE id = ?").param(id).query(String.class).single())
            .as("an emergency pest request runs on the 2-hour target").isEqualTo("PEST_EMERGENCY");
        move("logistics", id, "assign", "{\"assigneeId\": " + userId("cleaner") + "}", 200);
        move("cleaner", id, "arrive", "{}", 200);
        move("cleaner", id, "complete", record(), 200);
        move("client", id, "reopen", "{\"reason\": \"  \"}", 400);
        move("client", id, "reopen", "{\"reason\": \"墙角仍有蟑螂\"}", 200);
        assertThat(state(id)).isEqualTo("ASSIGNED");
        String ref = jdbc.sql("SELECT clock_ref FROM fa_work_order WHERE id = ?").param(id).query(String.class).single();
        assertThat(ref).endsWith("/R1");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM sla_clock WHERE item_ref = ?").param(ref).query(Long.class).single()).isOne();
    }

    @Test
    void onlyAnElectricalRepairIsHeldForAnExceptionAndOnlyWithAReason() throws Exception {
        int id = file("logistics", "S102", "ELECTRICAL_FAULT", "NORMAL");
        move("logistics", id, "assign", "{\"assigneeId\": " + userId("cleaner") + "}", 200);
        move("cleaner", id, "respond", "{}", 200);
        move("cleaner", id, "hold", "{\"reason\": \"\"}", 400);
        move("cleaner", id, "hold", "{\"reason\": \"待供电局停电后检修\"}", 200);
        assertThat(jdbc.sql("SELECT state FROM sla_clock WHERE item_ref = (SELECT number FROM fa_work_order WHERE id = ?)")
            .param(id).query(String.class).single()).isEqualTo("PAUSED");
        move("cleaner", id, "resume", "{}", 200);

        int cleaning = file("logistics", "S102", "CLEANING_REQUEST", "NORMAL");
        move("logistics", cleaning, "assign", "{\"assigneeId\": " + userId("cleaner") + "}", 200);
        move("cleaner", cleaning, "respond", "{}", 200);
        move("cleaner", cleaning, "hold", "{\"reason\": \"等配件\"}", 422);
    }

    @Test
    void anUnansweredEmergencyBreachesItsThirtyMinutesAndTheOrderTurnsOverdue() throws Exception {
        int id = file("client", "S101", "CLEANING_REQUEST", "EMERGENCY");
        Instant filed = jdbc.sql("SELECT created_at FROM fa_work_order WHERE id = ?").param(id).query(Instant.class).single();
        move("logistics", id, "assign", "{\"assigneeId\": " + userId("cleaner") + "}", 200);
        sweep.sweep(filed.plus(Duration.ofMinutes(20)));
        assertThat(jdbc.sql("SELECT overdue FROM fa_work_order WHERE id = ?").param(id).query(Boolean.class).single()).isFalse();
        sweep.sweep(filed.plus(Duration.ofMinutes(31)));
        await().atMost(Duration.ofSeconds(10))
            .until(() -> jdbc.sql("SELECT overdue FROM fa_work_order WHERE id = ?").param(id).query(Boolean.class).single());
        mvc.perform(get("/api/v1/facilities/work-orders").with(as("logistics")).param("siteId", String.valueOf(site("S101")))
                .param("overdue", "true"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.content[?(@.id == " + id + ")]").isNotEmpty());
    }

    @Test
    void aClientSeesOnlyItsOwnSitesOrdersAndAGuardNone() throws Exception {
        int id = file("logistics", "S101", "PLANT_REQUEST", "NORMAL");
        mvc.perform(get("/api/v1/facilities/work-orders").with(as("client2")))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.content[?(@.id == " + id + ")]").isEmpty());
        mvc.perform(get("/api/v1/facilities/work-orders").with(as("guard"))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/facilities/work-orders").with(as("client2")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"siteId\": " + site("S101") + ", \"category\": \"CLEANING_REQUEST\", \"priority\": \"NORMAL\", "
                        + "\"place\": \"x\", \"description\": \"y\"}"))
            .andExpect(status().isNotFound());
        move("client2", id, "confirm", "{}", 404);
    }

}
