package org.garrison.servicedesk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Surveys end to end: customer service sends one by hand, the client answers through the link without signing
 * in — once, and only completely — and satisfaction is reported within each viewer's scope.
 */
@IntegrationTest
class SurveyIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    OrganisationManagement organisation;

    @Autowired
    JdbcClient jdbc;

    @Test
    void clientAnswersThroughTheLinkOnceWithoutSigningIn() throws Exception {
        long site = organisation.siteByCode("S101").orElseThrow().value();
        var sent = mvc.perform(post("/servicedesk/surveys/send").with(as("cs")).with(csrf())
            .param("siteId", String.valueOf(site)).param("service", "CLEANING"))
            .andExpect(redirectedUrl("/servicedesk/surveys"))
            .andReturn();
        String link = (String) sent.getFlashMap().get("link");
        assertThat(link).startsWith("/public/surveys/");

        mvc.perform(get(link)).andExpect(status().isOk()).andExpect(content().string(containsString("id=\"survey-form\"")));
        List<Long> questions = jdbc.sql("select q.id from sd_survey_question q join sd_survey_template t on t.id = q.template_id "
                + "where t.service = 'CLEANING' and t.active order by q.position").query(Long.class).list();

        mvc.perform(answers(link, questions.subList(1, questions.size()))).andExpect(status().isOk())
            .andExpect(content().string(containsString("alert-danger")));
        mvc.perform(answers(link, questions).param("comment", "保洁及时")).andExpect(redirectedUrl("/public/surveys/thanks"));
        mvc.perform(answers(link, questions)).andExpect(status().isOk())
            .andExpect(content().string(not(containsString("id=\"survey-form\""))));
        mvc.perform(get(link)).andExpect(status().isOk()).andExpect(content().string(not(containsString("id=\"survey-form\""))));
        mvc.perform(get("/public/surveys/not-a-real-token")).andExpect(status().isOk())
            .andExpect(content().string(containsString("alert-danger")));
        mvc.perform(post(link).param("scores[1]", "5")).andExpect(status().isForbidden());
    }

    @Test
    void satisfactionIsReportedWithinTheViewersScope() throws Exception {
        mvc.perform(get("/servicedesk/satisfaction").with(as("chairman")))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("鹏城银行福田支行")))
            .andExpect(content().string(containsString("科技园 A 座")))
            .andExpect(content().string(containsString("data-chart=")));
        mvc.perform(get("/servicedesk/satisfaction").with(as("client")))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("鹏城银行福田支行")))
            .andExpect(content().string(not(containsString("科技园 A 座"))));
        mvc.perform(get("/servicedesk/satisfaction").param("from", "garbage").with(as("client")))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("alert-danger")));
    }

    @Test
    void clientAnswersAnOpenSurveyInThePortalButNeverAnotherClients() throws Exception {
        long bankOpen = jdbc.sql("select s.id from sd_survey s join sd_survey_template t on t.id = s.template_id "
                + "where s.answered_at is null and s.client_id = (select id from org_client where name = '鹏城银行深圳分行') "
                + "order by s.id desc limit 1").query(Long.class).single();
        mvc.perform(get("/servicedesk/surveys/{id}/answer", bankOpen).with(as("client2"))).andExpect(status().isNotFound());
        mvc.perform(get("/servicedesk/surveys/mine").with(as("client")))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("/servicedesk/surveys/" + bankOpen + "/answer")));
        mvc.perform(get("/servicedesk/surveys/{id}/answer", bankOpen).with(as("client")))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("id=\"survey-form\"")));
    }

    private static MockHttpServletRequestBuilder answers(String link, List<Long> questions) {
        var request = post(link).with(csrf());
        questions.forEach(q -> request.param("scores[" + q + "]", "5"));
        return request;
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

}
