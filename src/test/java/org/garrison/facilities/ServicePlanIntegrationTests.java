package org.garrison.facilities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;

import com.jayway.jsonpath.JsonPath;
import org.garrison.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Service plans over the API: a plan makes today's tasks at once; the cleaner records one done from the phone's queue
 * (sent twice, taken once; its service record written); a task sent for another site, a plan with no frequency or a
 * weekly plan with no day are refused and change nothing; only logistics keeps plans.
 */
@IntegrationTest
class ServicePlanIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    private long site(String code) {
        return jdbc.sql("SELECT id FROM org_site WHERE code = ?").param(code).query(Long.class).single();
    }

    private long plans() {
        return jdbc.sql("SELECT COUNT(*) FROM fa_plan").query(Long.class).single();
    }

    private String plan(String frequency, String extra) {
        return "{\"siteId\": " + site("S102") + ", \"service\": \"CLEANING\", \"area\": \"测试区域\", \"task\": \"测试清洁\", "
                + "\"checklist\": \"白手套测试\\n目视\", \"frequency\": " + frequency + ", \"firstTime\": \"00:05\", "
                + "\"lastTime\": \"00:30\", \"firstDay\": \"" + LocalDate.now(clock) + "\"" + extra + "}";
    }

    @Test
    void aPlanMakesTodaysTasksAndTheCleanerRecordsOneFromThePhoneQueueOnce() throws Exception {
        String body = mvc.perform(post("/api/v1/facilities/plans").with(as("logistics")).contentType(MediaType.APPLICATION_JSON)
                .content(plan("\"TIMES_A_DAY\"", ", \"timesPerDay\": 2")))
            .andExpect(status().isCreated())
            .andReturn().getResponse().getContentAsString();
        int planId = JsonPath.read(body, "$.id");
        var today = LocalDate.now(clock);
        var tasks = jdbc.sql("SELECT id FROM fa_task WHERE plan_id = ? AND due_day = ? ORDER BY slot").params(planId, today)
            .query(Long.class).list();
        assertThat(tasks).hasSize(2);

        String done = "{\"tasks\": [{\"clientId\": \"c0ffee00-0000-4000-8000-0000000000" + planId % 90 + "\", \"taskId\": "
                + tasks.get(0) + ", \"siteId\": " + site("S102") + ", \"failedItems\": [\"目视\"], \"notes\": \"窗台有灰，已补擦\"}, "
                + "{\"clientId\": \"x-" + planId + "\", \"taskId\": " + tasks.get(1) + ", \"siteId\": " + site("S101") + "}]}";
        mvc.perform(post("/api/v1/facilities/tasks/done").with(as("cleaner")).header("Accept-Language", "zh-CN")
                .contentType(MediaType.APPLICATION_JSON).content(done))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.results[0].outcome").value("ACCEPTED"))
            .andExpect(jsonPath("$.results[1].outcome").value("REFUSED"))
            .andExpect(jsonPath("$.results[1].reason").value("此任务属于其他驻点。"));
        mvc.perform(post("/api/v1/facilities/tasks/done").with(as("cleaner")).contentType(MediaType.APPLICATION_JSON).content(done))
            .andExpect(jsonPath("$.results[0].outcome").value("DUPLICATE"));
        assertThat(jdbc.sql("SELECT state FROM fa_task WHERE id = ?").param(tasks.get(1)).query(String.class).single()).isEqualTo("DUE");
        assertThat(jdbc.sql("SELECT checklist_result FROM fa_task WHERE id = ?").param(tasks.get(0)).query(String.class).single())
            .isEqualTo("✓ 白手套测试\n✗ 目视");
        assertThat(jdbc.sql("SELECT solved FROM fa_service_record WHERE task_id = ?").param(tasks.get(0)).query(Boolean.class).single())
            .as("a failed item leaves the record unsolved").isFalse();

        mvc.perform(get("/api/v1/facilities/tasks").with(as("client")).param("siteId", String.valueOf(site("S102"))))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$[?(@.id == " + tasks.get(0) + ")].state").value("DONE"));
        mvc.perform(get("/api/v1/facilities/tasks").with(as("client2")).param("siteId", String.valueOf(site("S102"))))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$").isEmpty());
    }

    @Test
    void aMeetingBookedOnAMeetingRoomPlanMakesATaskBeforeAndOneAfterIt() throws Exception {
        String body = mvc.perform(post("/api/v1/facilities/plans").with(as("logistics")).contentType(MediaType.APPLICATION_JSON)
                .content(plan("\"MEETINGS\"", "")))
            .andExpect(status().isCreated())
            .andReturn().getResponse().getContentAsString();
        int planId = JsonPath.read(body, "$.id");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM fa_task WHERE plan_id = ?").param(planId).query(Long.class).single())
            .as("a meeting plan makes nothing by itself").isZero();
        var starts = java.time.LocalDateTime.now(clock).plusDays(1).withHour(14).withMinute(0).withSecond(0).withNano(0);
        mvc.perform(post("/api/v1/facilities/plans/" + planId + "/meetings").with(as("logistics")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"startsAt\": \"" + starts + "\", \"endsAt\": \"" + starts.plusHours(2) + "\"}"))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$[0].slot").value(1))
            .andExpect(jsonPath("$[1].slot").value(2));
        var due = jdbc.sql("SELECT due_at FROM fa_task WHERE plan_id = ? ORDER BY slot").param(planId).query(java.time.Instant.class).list();
        assertThat(due).containsExactly(starts.minusMinutes(30).atZone(clock.getZone()).toInstant(),
                starts.plusHours(2).plusMinutes(30).atZone(clock.getZone()).toInstant());
        mvc.perform(post("/api/v1/facilities/plans/" + planId + "/meetings").with(as("logistics")).header("Accept-Language", "zh-CN")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"startsAt\": \"" + starts + "\", \"endsAt\": \"" + starts.minusHours(1) + "\"}"))
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.detail").value("会议结束时间须晚于开始时间，且开始时间不早于一天前。"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM fa_task WHERE plan_id = ?").param(planId).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void aPlanWithoutWhatItsFrequencyNeedsIsRefusedAndNothingIsSaved() throws Exception {
        long before = plans();
        mvc.perform(post("/api/v1/facilities/plans").with(as("logistics")).contentType(MediaType.APPLICATION_JSON)
                .content(plan("null", "")))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("frequency"));
        mvc.perform(post("/api/v1/facilities/plans").with(as("logistics")).header("Accept-Language", "zh-CN")
                .contentType(MediaType.APPLICATION_JSON).content(plan("\"WEEKLY\"", "")))
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.detail").value("每周计划至少选一天。"));
        mvc.perform(post("/api/v1/facilities/plans").with(as("cleaner")).contentType(MediaType.APPLICATION_JSON)
                .content(plan("\"DAILY\"", "")))
            .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/facilities/plans").with(as("client")).contentType(MediaType.APPLICATION_JSON)
                .content(plan("\"DAILY\"", "")))
            .andExpect(status().isForbidden());
        assertThat(plans()).isEqualTo(before);
    }

}
