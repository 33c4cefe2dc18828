package org.garrison.servicedesk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

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

/**
 * Opinion cards and satisfaction surveys over the API as the demo users: written, sent and answered through the
 * pages' services, read back, and never reached by another client.
 */
@IntegrationTest
class ServiceDeskApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    OrganisationManagement organisation;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aClientWritesACardForItsSiteAndAnotherClientNeverReachesIt() throws Exception {
        String content = "夜班巡逻认真 " + UUID.randomUUID();
        var created = mvc.perform(post("/api/v1/servicedesk/opinion-cards").with(as("client"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"siteId\": %d, \"kind\": \"PRAISE\", \"person\": \"张伟\", \"content\": \"%s\"}"
                    .formatted(site("S101"), content)))
            .andExpect(status().isCreated())
            .andReturn().getResponse();
        String location = created.getHeader("Location");
        long id = ((Number) JsonPath.read(created.getContentAsString(), "$.id")).longValue();
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'OpinionCard' and entity_id = ?")
            .param(String.valueOf(id)).query(Long.class).single()).isEqualTo(1);

        mvc.perform(get(location).with(as("client"))).andExpect(status().isOk()).andExpect(jsonPath("$.content").value(content));
        mvc.perform(get("/api/v1/servicedesk/opinion-cards").param("siteId", String.valueOf(site("S101")))
                .param("kind", "PRAISE").param("size", "100").with(as("cs")))
            .andExpect(jsonPath("$.content[*].id", hasItem((int) id)));

        mvc.perform(get(location).with(as("client2"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/servicedesk/opinion-cards").param("size", "100").with(as("client2")))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.content[*].id", not(hasItem((int) id))));
        mvc.perform(post("/api/v1/servicedesk/opinion-cards").with(as("client2")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"siteId\": %d, \"kind\": \"CRITICISM\", \"post\": \"东门岗\", \"content\": \"冒名\"}"
                    .formatted(site("S101"))))
            .andExpect(status().isNotFound());
    }

    @Test
    void customerServiceSendsASurveyTheClientAnswersItAndAnotherClientNeverSeesIt() throws Exception {
        mvc.perform(post("/api/v1/servicedesk/survey-templates").with(as("cs")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"service\": \"PEST_CONTROL\", \"name\": \"虫控消杀满意度 %s\", \"questions\": [\"消杀是否及时？\", \"效果如何？\"]}"
                    .formatted(UUID.randomUUID().toString().substring(0, 8))))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.questions[1].position").value(2));
        mvc.perform(post("/api/v1/servicedesk/surveys").with(as("cs")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"siteId\": %d, \"service\": \"PEST_CONTROL\"}".formatted(site("S101"))))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.link").isNotEmpty());
        long id = jdbc.sql("select max(id) from sd_survey where service = 'PEST_CONTROL' and site_id = ?").param(site("S101"))
            .query(Long.class).single();

        String survey = mvc.perform(get("/api/v1/servicedesk/surveys/{id}", id).with(as("client")))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.survey.state").value("OPEN"))
            .andReturn().getResponse().getContentAsString();
        List<Integer> questions = JsonPath.read(survey, "$.questions[*].id");
        mvc.perform(get("/api/v1/servicedesk/surveys/{id}", id).with(as("client2"))).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/servicedesk/surveys/{id}/answers", id).with(as("client2"))
                .contentType(MediaType.APPLICATION_JSON).content(answers(questions)))
            .andExpect(status().isNotFound());

        mvc.perform(post("/api/v1/servicedesk/surveys/{id}/answers", id).with(as("client"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"scores\": {\"%d\": 5}}".formatted(questions.get(0))))
            .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/api/v1/servicedesk/surveys/{id}/answers", id).with(as("client"))
                .contentType(MediaType.APPLICATION_JSON).content(answers(questions)))
            .andExpect(status().isNoContent());
        mvc.perform(post("/api/v1/servicedesk/surveys/{id}/answers", id).with(as("client"))
                .contentType(MediaType.APPLICATION_JSON).content(answers(questions)))
            .andExpect(status().isUnprocessableContent());

        mvc.perform(get("/api/v1/servicedesk/surveys/{id}", id).with(as("cs")))
            .andExpect(jsonPath("$.survey.state").value("ANSWERED"))
            .andExpect(jsonPath("$.questions[0].score").value(4));
        mvc.perform(get("/api/v1/servicedesk/surveys").param("state", "ANSWERED").param("siteId", String.valueOf(site("S101")))
                .param("size", "100").with(as("cs")))
            .andExpect(jsonPath("$.content[*].id", hasItem((int) id)));
        mvc.perform(get("/api/v1/servicedesk/surveys").param("size", "100").with(as("client")))
            .andExpect(jsonPath("$.content[*].id", not(hasItem((int) id))));
    }

    @Test
    void aComplaintGoesThroughItsStepsOverTheApiEachByItsDepartment() throws Exception {
        var filed = mvc.perform(post("/api/v1/servicedesk/complaints").with(as("cs")).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"siteId":%d,"clientName":"鹏城银行深圳分行","phone":"0755-8888","reason":"夜班脱岗 %s","demand":"加强管理",
                         "category":"GENERAL","typeCode":"ATTITUDE","channel":"PHONE","reasonable":true}"""
                    .formatted(site("S101"), UUID.randomUUID())))
            .andExpect(status().isCreated())
            .andReturn().getResponse().getContentAsString();
        int id = JsonPath.read(filed, "$.id");
        String base = "/api/v1/servicedesk/complaints/" + id;

        mvc.perform(post(base + "/investigate").with(as("client")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"findings\": \"无\", \"responsiblePeople\": \"无\"}"))
            .andExpect(status().isForbidden());
        step(base + "/answer", "cs", "{\"text\": \"已处理\"}").andExpect(status().isUnprocessableContent());
        step(base + "/investigate", "ops", "{\"findings\": \"夜班队员擅离岗位20分钟\", \"responsiblePeople\": \"张伟\"}")
            .andExpect(jsonPath("$.state").value("CONFIRMING"));
        step(base + "/confirm", "ops", "{\"confirmedBy\": \"张伟、队长李强\"}").andExpect(jsonPath("$.state").value("DRAFTING"));
        step(base + "/draft", "cs", "{\"handling\": \"调岗并培训\", \"responsibility\": \"STAFF\"}")
            .andExpect(jsonPath("$.state").value("ANSWERING"));
        String memo = step(base + "/memos", "ops", "{\"department\": \"人防部\", \"objection\": \"处理过重\"}")
            .andExpect(status().isCreated())
            .andReturn().getResponse().getContentAsString();
        step(base + "/answer", "cs", "{\"text\": \"已调岗\"}").andExpect(status().isUnprocessableContent());
        step(base + "/memos/" + JsonPath.read(memo, "$.id") + "/decide", "chairman", "{\"text\": \"维持原处理\"}")
            .andExpect(jsonPath("$.decision").value("维持原处理"));
        step(base + "/answer", "cs", "{\"text\": \"已调岗\"}").andExpect(jsonPath("$.state").value("RETURN_VISIT"));
        step(base + "/return-visit", "cs", "{\"text\": \"客户满意\"}").andExpect(jsonPath("$.state").value("CLOSED"));
        mvc.perform(get(base).with(as("client")))
            .andExpect(jsonPath("$.state").value("CLOSED"))
            .andExpect(jsonPath("$.handling").doesNotExist());
        mvc.perform(get(base + "/memos").with(as("client"))).andExpect(status().isForbidden());
        mvc.perform(get(base).with(as("client2"))).andExpect(status().isNotFound());
    }

    private org.springframework.test.web.servlet.ResultActions step(String path, String username, String body) throws Exception {
        return mvc.perform(post(path).with(as(username)).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private static String answers(List<Integer> questions) {
        return "{\"scores\": {" + questions.stream().map(q -> "\"" + q + "\": 4").collect(Collectors.joining(", "))
                + "}, \"comment\": \"及时\"}";
    }

    private long site(String code) {
        return organisation.siteByCode(code).orElseThrow().value();
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

}
