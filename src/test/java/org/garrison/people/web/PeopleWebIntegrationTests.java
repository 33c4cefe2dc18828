package org.garrison.people.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.garrison.testsupport.IntegrationTest;
import org.garrison.testsupport.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The people pages and API as the demo users: demo staff and pipeline, data scopes, the gate, the online exam. */
@IntegrationTest
class PeopleWebIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @Test
    void hrSeesTheBoardWithApplicantsInEveryStageAndTheirDetails() throws Exception {
        mvc.perform(get("/people/recruitment").with(as("hr")))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("data-stage=\"BACKGROUND_CHECK\"")))
            .andExpect(content().string(containsString("邓志刚")));
        mvc.perform(get("/people/applicants").with(as("hr")).param("stage", "REJECTED"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("于海洋")));
        mvc.perform(get("/people/applicants/{id}", applicant("叶志成")).with(as("hr")))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("166")))
            .andExpect(content().string(containsString("id=\"override-form\"")));
        mvc.perform(get("/people/plans").with(as("hr"))).andExpect(status().isOk()).andExpect(content().string(containsString("巡逻岗")));
        mvc.perform(get("/people/eligibility").with(as("hr"))).andExpect(status().isOk());
        mvc.perform(get("/people/applicants/new").with(as("hr"))).andExpect(status().isOk());
        mvc.perform(get("/people/plans/new").with(as("hr"))).andExpect(status().isOk());
        mvc.perform(get("/people/applicants/import").with(as("hr"))).andExpect(status().isOk());
    }

    @Test
    void anInvalidResidentIdIsRefusedOnTheFormAndNothingIsRegistered() throws Exception {
        long before = count();
        mvc.perform(post("/people/applicants").with(as("hr")).with(csrf()).param("fullName", "错号人")
            .param("residentId", "440304198106151239").param("phone", "13800001111").param("channel", "REFERRAL"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("校验码")));
        mvc.perform(post("/people/applicants").with(as("hr")).with(csrf()))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("is-invalid")));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void theOfferIsBlockedWithTheReasonForAnApplicantWhoFailsARule() throws Exception {
        long id = applicant("叶志成");
        mvc.perform(post("/people/applicants/{id}/advance", id).with(as("hr")).with(csrf()))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("低于要求的 175 厘米")));
    }

    @Test
    void staffSeeTheirScopeOnlyAndClientsSeeNoOne() throws Exception {
        mvc.perform(get("/people/employees").with(as("ops")))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("何勇")));
        mvc.perform(get("/people/employees").with(as("leader")))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("何勇")))
            .andExpect(content().string(not(containsString("科技园 A 座"))));
        mvc.perform(get("/people/employees").with(as("client"))).andExpect(status().isForbidden());
        long other = employeeAt("S201");
        mvc.perform(get("/people/employees/{id}", other).with(as("leader"))).andExpect(status().isNotFound());
        mvc.perform(get("/people/employees/{id}", other).with(as("guard"))).andExpect(status().isNotFound());
        mvc.perform(get("/people/employees/{id}", other).with(as("ops")))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("id=\"clearance\"")));
    }

    @Test
    void theRosterListsWhoIsPostedWhere() throws Exception {
        mvc.perform(get("/people/roster").with(as("supervisor")))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("鹏城银行福田支行")))
            .andExpect(content().string(not(containsString("科技园 A 座</td>"))));
        mvc.perform(get("/api/v1/people/roster").with(as("ops")))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.totalElements").value(greaterThanOrEqualTo(60)));
    }

    @Test
    void theApiRefusesToPostAnUnclearedEmployeeAndSaysWhy() throws Exception {
        long fresh = jdbc.sql("SELECT id FROM ppl_employee WHERE applicant_id IS NOT NULL ORDER BY id LIMIT 1").query(Long.class).single();
        mvc.perform(get("/api/v1/people/employees/{id}/clearance", fresh).with(as("ops")))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.cleared").value(false))
            .andExpect(jsonPath("$.reasons[0].code").value("people.gate.onboardingExam"));
        long site = jdbc.sql("SELECT id FROM org_site WHERE code = 'S101'").query(Long.class).single();
        mvc.perform(post("/api/v1/people/roster/assignments").with(as("ops")).contentType("application/json")
            .content("{\"employeeId\":" + fresh + ",\"siteId\":" + site + ",\"since\":\"2026-11-01\"}"))
            .andExpect(status().isUnprocessableContent())
            .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }

    @Test
    void theGuardTakesTheOnlineExamOnThePhoneAndIsScored() throws Exception {
        mvc.perform(get("/people/exams").with(as("guard"))).andExpect(status().isOk());
        long course = jdbc.sql("SELECT id FROM ppl_course WHERE code = 'RZ-01'").query(Long.class).single();
        mvc.perform(get("/people/exams/{id}", course).with(as("guard")))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("保安服务标志和工作证件")));
        var questions = jdbc.sql("SELECT id, correct FROM ppl_exam_question WHERE course_id = ? ORDER BY position")
            .param(course)
            .query((rs, n) -> new String[] { "answers[" + rs.getLong(1) + "]", rs.getString(2) })
            .list();
        var submit = post("/people/exams/{id}", course).with(as("guard")).with(csrf());
        questions.forEach(q -> submit.param(q[0], q[1]));
        mvc.perform(submit).andExpect(redirectedUrl("/people/exams"));
        mvc.perform(get("/people/exams/{id}", course).with(as("hr"))).andExpect(status().isOk());
        mvc.perform(post("/people/exams/{id}", course).with(as("hr")).with(csrf()))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("只有员工才能参加考试")));
    }

    @Test
    void aTrainerEntersScoresAndAScoreAboveTheMaximumIsRefused() throws Exception {
        long course = jdbc.sql("SELECT id FROM ppl_course WHERE code = 'JN-01'").query(Long.class).single();
        long employee = employeeAt("S101");
        long before = jdbc.sql("SELECT COUNT(*) FROM ppl_exam_result").query(Long.class).single();
        mvc.perform(get("/people/training").with(as("trainer"))).andExpect(status().isOk());
        mvc.perform(get("/people/training/courses/{id}", course).with(as("trainer"))).andExpect(status().isOk());
        mvc.perform(post("/people/training/courses/{id}/scores", course).with(as("trainer")).with(csrf())
            .param("employeeId", String.valueOf(employee)).param("score", "101").param("takenOn", "2026-11-20"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("超出 0 至满分 100 的范围")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ppl_exam_result").query(Long.class).single())
            .isEqualTo(before);
        mvc.perform(get("/people/training").with(as("hr"))).andExpect(status().isForbidden());
    }

    @Test
    void aTrainerSetsHowLongARefresherCountsAndGuardsClientsAndHrMayNot() throws Exception {
        long course = jdbc.sql("SELECT id FROM ppl_course WHERE code = 'FX-01'").query(Long.class).single();
        mvc.perform(post("/people/training/courses/{id}/validity", course).with(as("trainer")).with(csrf())
            .param("validityMonths", "0"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("is-invalid")));
        assertThat(validity(course)).isEqualTo(12);
        for (String who : List.of("guard", "client", "hr")) {
            mvc.perform(post("/people/training/courses/{id}/validity", course).with(as(who)).with(csrf())
                .param("validityMonths", "1"))
                .andExpect(status().isForbidden());
        }
        assertThat(validity(course)).isEqualTo(12);

        mvc.perform(post("/people/training/courses/{id}/validity", course).with(as("trainer")).with(csrf())
            .param("validityMonths", "24"))
            .andExpect(redirectedUrl("/people/training/courses/" + course));
        assertThat(validity(course)).isEqualTo(24);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'Course' AND entity_id = ? AND action = 'UPDATE' "
                + "AND actor_name = 'trainer'").param(String.valueOf(course)).query(Long.class).single()).isEqualTo(1);
        mvc.perform(post("/people/training/courses/{id}/validity", course).with(as("trainer")).with(csrf())
            .param("validityMonths", "12"))
            .andExpect(redirectedUrl("/people/training/courses/" + course));
    }

    @Test
    void theDemoGuardIsClearedButTheGuardWhoseSkillsRefresherLapsedIsRefusedAndListedAsDue() throws Exception {
        long guard = jdbc.sql("SELECT e.id FROM ppl_employee e JOIN app_user u ON u.id = e.user_id WHERE u.username = 'guard'")
            .query(Long.class).single();
        mvc.perform(get("/api/v1/people/employees/{id}/clearance", guard).with(as("ops")))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.cleared").value(true));
        long lapsed = jdbc.sql("""
                SELECT r.employee_id FROM ppl_exam_result r JOIN ppl_course c ON c.id = r.course_id
                WHERE c.code = 'JN-01' AND r.passed GROUP BY r.employee_id HAVING MAX(r.taken_on) < ?""")
            .param(LocalDate.now(TestClock.ZONE).minusMonths(12).minusDays(1))
            .query(Long.class)
            .single();
        mvc.perform(get("/api/v1/people/employees/{id}/clearance", lapsed).with(as("ops")).header("Accept-Language", "en"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.cleared").value(false))
            .andExpect(jsonPath("$.reasons[0].code").value("people.gate.trainingLapsed"))
            .andExpect(jsonPath("$.reasons[0].message").value(containsString("Training lapsed")));
        mvc.perform(get("/people/employees/{id}", lapsed).with(as("ops")))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("培训已过期")));
        mvc.perform(post("/api/v1/people/roster/assignments").with(as("ops")).contentType("application/json")
            .content("{\"employeeId\":" + lapsed + ",\"siteId\":" + site("S101") + ",\"since\":\"" + LocalDate.now(TestClock.ZONE) + "\"}"))
            .andExpect(status().isUnprocessableContent());
        mvc.perform(get("/people/training").with(as("trainer")))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("data-employee=\"" + lapsed + "\"")));
    }

    private int validity(long course) {
        return jdbc.sql("SELECT validity_months FROM ppl_course WHERE id = ?").param(course).query(Integer.class).single();
    }

    private long site(String code) {
        return jdbc.sql("SELECT id FROM org_site WHERE code = ?").param(code).query(Long.class).single();
    }

    private long applicant(String name) {
        return jdbc.sql("SELECT id FROM ppl_applicant WHERE full_name = ?").param(name).query(Long.class).single();
    }

    private long employeeAt(String siteCode) {
        return jdbc.sql("SELECT e.id FROM ppl_employee e JOIN org_site s ON s.id = e.site_id WHERE s.code = ? ORDER BY e.id LIMIT 1")
            .param(siteCode)
            .query(Long.class)
            .single();
    }

    private long count() {
        return jdbc.sql("SELECT COUNT(*) FROM ppl_applicant").query(Long.class).single();
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

}
