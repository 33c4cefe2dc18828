package org.garrison.duty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;

import com.jayway.jsonpath.JsonPath;
import org.garrison.testsupport.IntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Supervision plans and reports (RULES B.1 S10/S11) over the API and the pages: the department's plan by a
 * company-wide user, read by all who read the books; a branch's plan only within that branch; reports inside the
 * plan's period with the post-check book's figures; bad input refused in words, changing nothing; team leaders and
 * clients may not make plans.
 */
@IntegrationTest
class SupervisionIntegrationTests {

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

    private String plan(String branch, LocalDate first, LocalDate last, String areas, int everyDays) {
        return "{\"branchId\": " + branch + ", \"title\": \"测试监督计划\", \"firstDay\": \"" + first + "\", \"lastDay\": \"" + last
                + "\", \"goal\": \"纪律与服务\", \"areas\": " + areas + ", \"methods\": [\"ONSITE\", \"SPOT\"], \"everyDays\": "
                + everyDays + ", \"members\": \"人防部 李强；员工代表 赵磊\"}";
    }

    private long plans() {
        return jdbc.sql("SELECT COUNT(*) FROM du_supervision_plan").query(Long.class).single();
    }

    @Test
    void theDepartmentsPlanIsMadeReadAndReportedOnWithTheBooksFigures() throws Exception {
        LocalDate today = LocalDate.now(clock);
        String body = mvc.perform(post("/api/v1/duty/supervision-plans").with(as("ops")).contentType(MediaType.APPLICATION_JSON)
                .content(plan("null", today.minusDays(6), today.plusDays(7), "[\"DISCIPLINE\"]", 7)))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.branchId").doesNotExist())
            .andExpect(jsonPath("$.progress.planned").value(2))
            .andExpect(jsonPath("$.progress.due").value(1))
            .andReturn().getResponse().getContentAsString();
        int id = JsonPath.read(body, "$.id");

        mvc.perform(get("/api/v1/duty/supervision-plans/" + id).with(as("leader")))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.title").value("测试监督计划"));
        mvc.perform(post("/api/v1/duty/supervision-plans/" + id + "/reports").with(as("supervisor"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"firstDay\": \"" + today.minusDays(6) + "\", \"lastDay\": \"" + today + "\", \"results\": \"现场检查 2 次\"}"))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.reports", Matchers.hasSize(1)))
            .andExpect(jsonPath("$.reports[0].checksPlanned").value(1))
            .andExpect(jsonPath("$.reports[0].submittedBy").value("保安主管 郑伟"));
        mvc.perform(post("/api/v1/duty/supervision-plans/" + id + "/reports").with(as("supervisor"))
                .header("Accept-Language", "zh-CN").contentType(MediaType.APPLICATION_JSON)
                .content("{\"firstDay\": \"" + today.minusDays(30) + "\", \"lastDay\": \"" + today + "\", \"results\": \"越界\"}"))
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.detail").value("报告的日期须在计划期间内，且结束日期不早于开始日期。"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM du_supervision_report WHERE plan_id = ?").param(id).query(Long.class)
            .single()).as("the refused report changed nothing").isOne();
        mvc.perform(post("/api/v1/duty/supervision-plans/999999/reports").with(as("ops")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"firstDay\": \"" + today + "\", \"lastDay\": \"" + today + "\", \"results\": \"无\"}"))
            .andExpect(status().isNotFound());
    }

    @Test
    void aBranchsPlanIsNotFoundOutsideItAndABranchUserCannotPlanForTheDepartment() throws Exception {
        LocalDate today = LocalDate.now(clock);
        long otherBranch = jdbc.sql("SELECT b.id FROM org_branch b JOIN org_site s ON s.branch_id = b.id WHERE s.code = 'S201'")
            .query(Long.class).single();
        String body = mvc.perform(post("/api/v1/duty/supervision-plans").with(as("ops")).contentType(MediaType.APPLICATION_JSON)
                .content(plan(String.valueOf(otherBranch), today, today.plusDays(30), "[\"EQUIPMENT\"]", 10)))
            .andExpect(status().isCreated())
            .andReturn().getResponse().getContentAsString();
        int id = JsonPath.read(body, "$.id");
        mvc.perform(get("/api/v1/duty/supervision-plans/" + id).with(as("supervisor"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/duty/supervision-plans").with(as("supervisor")).param("size", "100"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.content[?(@.id == " + id + ")]").isEmpty());

        long before = plans();
        mvc.perform(post("/api/v1/duty/supervision-plans").with(as("supervisor")).header("Accept-Language", "zh-CN")
                .contentType(MediaType.APPLICATION_JSON)
                .content(plan("null", today, today.plusDays(30), "[\"EQUIPMENT\"]", 10)))
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.detail").value("请选择本计划所属的大队。"));
        mvc.perform(post("/api/v1/duty/supervision-plans").with(as("ops")).header("Accept-Language", "zh-CN")
                .contentType(MediaType.APPLICATION_JSON)
                .content(plan("null", today, today.minusDays(1), "[\"EQUIPMENT\"]", 10)))
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.detail").value("期间的结束日期不能早于开始日期，且最长 366 天。"));
        mvc.perform(post("/api/v1/duty/supervision-plans").with(as("ops")).contentType(MediaType.APPLICATION_JSON)
                .content(plan("null", today, today.plusDays(3), "[]", 0)))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[*].field", Matchers.containsInAnyOrder("areas", "everyDays")));
        assertThat(plans()).as("nothing refused was stored").isEqualTo(before);
    }

    @Test
    void teamLeadersAndClientsMayNotPlanAndClientsMayNotRead() throws Exception {
        LocalDate today = LocalDate.now(clock);
        mvc.perform(post("/api/v1/duty/supervision-plans").with(as("leader")).contentType(MediaType.APPLICATION_JSON)
                .content(plan("null", today, today.plusDays(3), "[\"DISCIPLINE\"]", 1)))
            .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/duty/supervision-plans").with(as("client"))).andExpect(status().isForbidden());
        mvc.perform(get("/duty/supervision").with(as("client"))).andExpect(status().isForbidden());
        mvc.perform(get("/duty/supervision/new").with(as("leader"))).andExpect(status().isForbidden());
        mvc.perform(post("/duty/supervision").with(as("guard")).with(csrf()).param("title", "x"))
            .andExpect(status().isForbidden());
    }

    @Test
    void thePagesListThePlanMakeOneAndShowARefusalInWords() throws Exception {
        mvc.perform(get("/duty/supervision").with(as("ops")))
            .andExpect(status().isOk())
            .andExpect(content().string(Matchers.containsString("年底安保内部监督计划")));
        mvc.perform(get("/duty/supervision/new").with(as("ops")))
            .andExpect(status().isOk())
            .andExpect(content().string(Matchers.containsString("id=\"supervision-form\"")));
        LocalDate today = LocalDate.now(clock);
        mvc.perform(post("/duty/supervision").with(as("ops")).with(csrf()).param("title", "页面监督计划")
                .param("firstDay", today.toString()).param("lastDay", today.plusDays(13).toString()).param("goal", "纪律")
                .param("areas", "DISCIPLINE").param("methods", "ONSITE", "REMOTE").param("everyDays", "7")
                .param("members", "人防部 李强"))
            .andExpect(redirectedUrlPattern("/duty/supervision/*"));
        mvc.perform(post("/duty/supervision").with(as("ops")).with(csrf()).header("Accept-Language", "zh-CN")
                .param("title", "页面监督计划").param("firstDay", today.toString()).param("lastDay", today.minusDays(2).toString())
                .param("goal", "纪律").param("areas", "DISCIPLINE").param("methods", "ONSITE").param("everyDays", "7")
                .param("members", "人防部 李强"))
            .andExpect(status().isOk())
            .andExpect(content().string(Matchers.containsString("期间的结束日期不能早于开始日期，且最长 366 天。")));
        long demo = jdbc.sql("SELECT id FROM du_supervision_plan WHERE title = '年底安保内部监督计划'").query(Long.class).single();
        mvc.perform(get("/duty/supervision/" + demo).with(as("supervisor")))
            .andExpect(status().isOk())
            .andExpect(content().string(Matchers.containsString("id=\"report-form\"")))
            .andExpect(content().string(Matchers.containsString("data-report=")));
        mvc.perform(get("/duty/supervision/" + demo).with(as("leader")))
            .andExpect(status().isOk())
            .andExpect(content().string(Matchers.not(Matchers.containsString("id=\"report-form\""))));
    }

}
