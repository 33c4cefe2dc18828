package org.garrison.people.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import com.jayway.jsonpath.JsonPath;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Training, certificates and hiring plans over the API as the demo users, through the pages' services. */
@IntegrationTest
class PeopleApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    OrganisationManagement organisation;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void theTrainerRunsACourseFromCreationToScores() throws Exception {
        String code = "API" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 30), 36).toUpperCase(Locale.ROOT);
        var created = mvc.perform(post("/api/v1/people/courses").with(as("trainer")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\": \"%s\", \"title\": \"接口课程\", \"kind\": \"SKILLS\", \"maxScore\": 100, \"passMark\": 60}"
                    .formatted(code)))
            .andExpect(status().isCreated())
            .andReturn().getResponse();
        long course = ((Number) JsonPath.read(created.getContentAsString(), "$.id")).longValue();
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'Course' and entity_id = ?")
            .param(String.valueOf(course)).query(Long.class).single()).isEqualTo(1);
        mvc.perform(get(created.getHeader("Location")).with(as("trainer"))).andExpect(jsonPath("$.code").value(code));
        mvc.perform(get("/api/v1/people/courses").param("kind", "SKILLS").param("q", code.toLowerCase(Locale.ROOT))
                .param("size", "1").with(as("trainer")))
            .andExpect(jsonPath("$.totalElements").value(1))
            .andExpect(jsonPath("$.content[0].code").value(code));
        mvc.perform(get("/api/v1/people/courses").param("kind", "ONBOARDING").param("q", code).with(as("trainer")))
            .andExpect(jsonPath("$.totalElements").value(0));
        mvc.perform(post("/api/v1/people/courses").with(as("trainer")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\": \"%s\", \"title\": \"重复\", \"kind\": \"SKILLS\", \"maxScore\": 100, \"passMark\": 60}"
                    .formatted(code)))
            .andExpect(status().isUnprocessableContent());

        LocalDate today = LocalDate.now(clock);
        String session = mvc.perform(post("/api/v1/people/courses/{id}/sessions", course).with(as("trainer"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"trainer\": \"刘教官\", \"heldOn\": \"%s\", \"place\": \"培训室\"}".formatted(today)))
            .andExpect(status().isCreated())
            .andReturn().getResponse().getContentAsString();
        int sessionId = JsonPath.read(session, "$.id");
        mvc.perform(post("/api/v1/people/courses/{id}/sessions", course).with(as("trainer"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"trainer\": \"刘教官\", \"heldOn\": \"%s\", \"place\": \"训练场\"}".formatted(today.minusDays(7))))
            .andExpect(status().isCreated());
        mvc.perform(get("/api/v1/people/courses/{id}/sessions", course).param("size", "1").with(as("trainer")))
            .andExpect(jsonPath("$.totalElements").value(2))
            .andExpect(jsonPath("$.totalPages").value(2))
            .andExpect(jsonPath("$.content[0].id").value(sessionId));
        mvc.perform(get("/api/v1/people/courses/{id}/sessions", course).param("page", "1").param("size", "1").with(as("trainer")))
            .andExpect(jsonPath("$.content[0].place").value("训练场"));
        long employee = jdbc.sql("select min(id) from ppl_employee").query(Long.class).single();
        mvc.perform(put("/api/v1/people/sessions/{id}/attendance", sessionId).with(as("trainer"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"employeeId\": %d, \"present\": true}".formatted(employee)))
            .andExpect(status().isOk());
        mvc.perform(get("/api/v1/people/sessions/{id}/attendance", sessionId).with(as("trainer")))
            .andExpect(jsonPath("$[0].employeeId").value((int) employee));
        mvc.perform(post("/api/v1/people/courses/{id}/scores", course).with(as("trainer")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"employeeId\": %d, \"score\": 120, \"takenOn\": \"%s\"}".formatted(employee, today)))
            .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/api/v1/people/courses/{id}/scores", course).with(as("trainer")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"employeeId\": %d, \"score\": 75, \"takenOn\": \"%s\"}".formatted(employee, today)))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.passed").value(true));
        mvc.perform(get("/api/v1/people/exam-results").param("courseId", String.valueOf(course)).with(as("trainer")))
            .andExpect(jsonPath("$.totalElements").value(1))
            .andExpect(jsonPath("$.content[0].score").value(75));
        mvc.perform(get("/api/v1/people/courses").with(as("client"))).andExpect(status().isForbidden());
    }

    @Test
    void hrAddsACertificateAndOpensAHiringPlanWithinItsScope() throws Exception {
        long employee = jdbc.sql("select min(id) from ppl_employee").query(Long.class).single();
        String number = "API" + ThreadLocalRandom.current().nextInt(1_000_000);
        mvc.perform(post("/api/v1/people/employees/{id}/certificates", employee).with(as("hr"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"kind\": \"FIRST_AID\", \"number\": \"%s\", \"issuedOn\": \"2026-01-01\", \"expiresOn\": \"2028-01-01\"}"
                    .formatted(number)))
            .andExpect(status().isCreated());
        mvc.perform(get("/api/v1/people/certificates").param("employeeId", String.valueOf(employee)).param("kind", "FIRST_AID")
                .param("size", "100").with(as("hr")))
            .andExpect(jsonPath("$.content[*].number", hasItem(number)));
        mvc.perform(get("/api/v1/people/certificates").with(as("client"))).andExpect(status().isForbidden());

        long site = organisation.siteByCode("S101").orElseThrow().value();
        mvc.perform(post("/api/v1/people/hiring-plans").with(as("hr")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"siteId\": %d, \"postName\": \"接口岗%s\", \"headcount\": 2, \"dueBy\": \"2027-06-30\"}"
                    .formatted(site, number)))
            .andExpect(status().isCreated());
        mvc.perform(get("/api/v1/people/hiring-plans").param("siteId", String.valueOf(site)).param("open", "true")
                .param("size", "100").with(as("hr")))
            .andExpect(jsonPath("$.content[*].postName", hasItem("接口岗" + number)));
    }

    @Test
    void hrRegistersAnEmployeeAndAnApplicantAndMovesThemThroughTheirPages() throws Exception {
        long branch = organisation.branchOf(new org.garrison.shared.SiteId(organisation.siteByCode("S101").orElseThrow().value()))
            .orElseThrow().value();
        String employee = mvc.perform(post("/api/v1/people/employees").with(as("hr")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"fullName\": \"接口员工\", \"residentId\": \"%s\", \"phone\": \"13800009999\", \"branchId\": %d, \"hiredOn\": \"2026-01-05\"}"
                    .formatted(residentId(), branch)))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.status").value("PROBATION"))
            .andReturn().getResponse().getContentAsString();
        int id = JsonPath.read(employee, "$.id");
        mvc.perform(put("/api/v1/people/employees/{id}/contacts", id).with(as("hr")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"phone\": \"13900001111\", \"familyContactName\": \"李梅\", \"familyContactPhone\": \"13900002222\"}"))
            .andExpect(jsonPath("$.phone").value("13900001111"));
        mvc.perform(put("/api/v1/people/employees/{id}/status", id).with(as("hr")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"status\": \"ACTIVE\"}"))
            .andExpect(jsonPath("$.status").value("ACTIVE"));
        mvc.perform(put("/api/v1/people/employees/{id}/height", id).with(as("hr")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"heightCm\": 178}"))
            .andExpect(jsonPath("$.heightCm").value(178));
        mvc.perform(put("/api/v1/people/employees/{id}/height", id).with(as("hr")).header("Accept-Language", "zh-CN")
                .contentType(MediaType.APPLICATION_JSON).content("{\"heightCm\": 250}"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("heightCm"));
        mvc.perform(put("/api/v1/people/employees/{id}/height", id).with(as("guard")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"heightCm\": 170}"))
            .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/people/employees/{id}", id).with(as("hr"))).andExpect(jsonPath("$.heightCm").value(178));
        mvc.perform(get("/api/v1/people/employees/{id}", id).with(as("guard"))).andExpect(status().isNotFound());

        String applicant = mvc.perform(post("/api/v1/people/applicants").with(as("hr")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"fullName\": \"接口应聘\", \"residentId\": \"%s\", \"phone\": \"13800008888\", \"channel\": \"ONLINE\"}"
                    .formatted(residentId())))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.stage").value("APPLIED"))
            .andReturn().getResponse().getContentAsString();
        int applicantId = JsonPath.read(applicant, "$.id");
        mvc.perform(put("/api/v1/people/applicants/{id}/facts", applicantId).with(as("hr")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"heightCm\": 150}"))
            .andExpect(status().isOk());
        mvc.perform(post("/api/v1/people/applicants/{id}/reject", applicantId).with(as("hr")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\": \"身高不足\"}"))
            .andExpect(jsonPath("$.stage").value("REJECTED"))
            .andExpect(jsonPath("$.rejectionReason").value("身高不足"));
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'Applicant' and entity_id = ?")
            .param(String.valueOf(applicantId)).query(Long.class).single()).isEqualTo(3);
    }

    /** A resident ID no one has (most likely): a random day of birth 1985–1999 and sequence, the right check character. */
    private static String residentId() {
        var random = ThreadLocalRandom.current();
        String first17 = "440304%d%02d%02d%03d".formatted(random.nextInt(1985, 2000), random.nextInt(1, 13),
                random.nextInt(1, 29), random.nextInt(1000));
        return first17 + org.garrison.shared.ResidentIds.checkCharacter(first17);
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

}
