package org.garrison.people.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.jayway.jsonpath.JsonPath;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.ResidentIds;
import org.garrison.shared.SiteId;
import org.garrison.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Issue 15 §2 as the demo users, page and API: an applicant's channel and the counts per channel, the 劳教/收容教育
 * fact refusing the offer, and a post's required certificates checked against those the applicant showed.
 */
@IntegrationTest
class RecruitmentChannelsIntegrationTests {

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
    void anApplicantsChannelIsCountedOnTheBoardAndInTheApi() throws Exception {
        int before = veterans();
        int id = register(null, "VETERANS");
        mvc.perform(get("/api/v1/people/applicants/{id}", id).with(as("hr")))
            .andExpect(jsonPath("$.channel").value("VETERANS"))
            .andExpect(jsonPath("$.reEducation").value(nullValue()));
        assertThat(veterans()).isEqualTo(before + 1);
        mvc.perform(get("/api/v1/people/recruitment/channels").with(as("hr")).header("Accept-Language", "zh-CN"))
            .andExpect(jsonPath("$[3].label").value("退伍军人安置"));
        mvc.perform(get("/people/recruitment").with(as("hr")))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("各招聘渠道应聘人数")))
            .andExpect(content().string(containsString("data-channel=\"VETERANS\"")));
        mvc.perform(get("/people/applicants/{id}", id).with(as("hr")))
            .andExpect(content().string(containsString("退伍军人安置")));

        mvc.perform(get("/api/v1/people/recruitment/channels").with(as("guard"))).andExpect(status().isForbidden());
        mvc.perform(get("/people/recruitment").with(as("guard"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/people/recruitment/channels")).andExpect(status().isUnauthorized());
    }

    @Test
    void registeringWithoutAChannelOrWithAnUnknownOneIsRefusedInTheCallersLanguage() throws Exception {
        mvc.perform(post("/api/v1/people/applicants").with(as("hr")).header("Accept-Language", "zh-CN")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"fullName\": \"无渠道\", \"residentId\": \"%s\", \"phone\": \"13800007777\"}".formatted(residentId())))
            .andExpect(status().isBadRequest())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.detail").value("部分字段填写有误。"))
            .andExpect(jsonPath("$.errors[*].field").value(hasItem("channel")));
        mvc.perform(post("/api/v1/people/applicants").with(as("hr")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"fullName\": \"怪渠道\", \"residentId\": \"%s\", \"phone\": \"13800007777\", \"channel\": \"BILLBOARD\"}"
                    .formatted(residentId())))
            .andExpect(status().isBadRequest());
        mvc.perform(post("/people/applicants").with(as("hr")).with(csrf()).param("fullName", "页面渠道")
            .param("residentId", residentId()).param("phone", "13800006666"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("is-invalid")));
    }

    @Test
    void anApplicantSentToReEducationIsRefusedTheOfferWithTheReasonInChinese() throws Exception {
        int id = register(null, "ONLINE");
        mvc.perform(put("/api/v1/people/applicants/{id}/facts", id).with(as("hr")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"heightCm\": 180, \"education\": \"SENIOR_HIGH\", \"healthCertificate\": true, "
                        + "\"criminalRecord\": false, \"administrativePenalty\": false, \"reEducation\": true}"))
            .andExpect(jsonPath("$.reEducation").value(true));
        advanceToBackgroundCheck(id);
        mvc.perform(post("/api/v1/people/applicants/{id}/advance", id).with(as("hr")).header("Accept-Language", "zh-CN"))
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.detail").value("曾被劳动教养或收容教育。"));
        mvc.perform(post("/people/applicants/{id}/facts", id).with(as("hr")).with(csrf()).param("heightCm", "180")
            .param("education", "SENIOR_HIGH").param("healthCertificate", "true").param("criminalRecord", "false")
            .param("administrativePenalty", "false").param("reEducation", "false"))
            .andExpect(redirectedUrl("/people/applicants/" + id));
        mvc.perform(post("/api/v1/people/applicants/{id}/advance", id).with(as("hr")))
            .andExpect(jsonPath("$.stage").value("OFFER"));
        mvc.perform(post("/api/v1/people/applicants/{id}/reject", id).with(as("hr")).contentType(MediaType.APPLICATION_JSON)
            .content("{\"reason\": \"测试结束\"}"));
    }

    @Test
    void aPostsRequiredCertificateIsSetOnThePageAndApiAndRefusesAnApplicantWhoHasNotShownIt() throws Exception {
        long site = organisation.siteByCode("S101").orElseThrow().value();
        long post = organisation.postAt(new SiteId(site), "驾驶员岗-" + UUID.randomUUID().toString().substring(0, 6)).value();
        String path = "/api/v1/people/posts/" + post + "/certificate-requirements";

        mvc.perform(get("/people/post-requirements").with(as("hr")))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("action=\"/people/post-requirements/" + post + "\"")));
        mvc.perform(post("/people/post-requirements/{id}", post).with(as("hr")).with(csrf()).param("certificates", "DRIVING_LICENCE"))
            .andExpect(redirectedUrl("/people/post-requirements"));
        mvc.perform(get(path).with(as("hr"))).andExpect(jsonPath("$.certificates[0]").value("DRIVING_LICENCE"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'PostRequirement' AND entity_id = ?")
            .param(String.valueOf(post)).query(Long.class).single()).isEqualTo(1);

        long plan = JsonPath.<Number>read(mvc.perform(post("/api/v1/people/hiring-plans").with(as("hr"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"siteId\": %d, \"postId\": %d, \"postName\": \"驾驶员岗\", \"headcount\": 1, \"dueBy\": \"%s\"}"
                    .formatted(site, post, LocalDate.now(clock).plusDays(1))))
            .andExpect(status().isCreated())
            .andReturn().getResponse().getContentAsString(), "$.id").longValue();
        int id = register(plan, "JOB_FAIR");
        mvc.perform(put("/api/v1/people/applicants/{id}/facts", id).with(as("hr")).contentType(MediaType.APPLICATION_JSON)
            .content("{\"heightCm\": 180, \"education\": \"SENIOR_HIGH\", \"healthCertificate\": true, \"criminalRecord\": false, "
                    + "\"administrativePenalty\": false, \"reEducation\": false, \"certificates\": [\"FIRST_AID\"]}"));
        advanceToBackgroundCheck(id);
        mvc.perform(get("/people/applicants/{id}", id).with(as("hr")))
            .andExpect(content().string(containsString("岗位要求持有驾驶证，应聘人员尚未出示。")));
        mvc.perform(post("/api/v1/people/applicants/{id}/advance", id).with(as("hr")).header("Accept-Language", "en"))
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.detail").value("The post requires a certificate the applicant has not shown: Driving licence."));
        mvc.perform(put("/api/v1/people/applicants/{id}/facts", id).with(as("hr")).contentType(MediaType.APPLICATION_JSON)
            .content("{\"heightCm\": 180, \"education\": \"SENIOR_HIGH\", \"healthCertificate\": true, \"criminalRecord\": false, "
                    + "\"administrativePenalty\": false, \"reEducation\": false, \"certificates\": [\"DRIVING_LICENCE\"]}"))
            .andExpect(jsonPath("$.certificates[0]").value("DRIVING_LICENCE"));
        mvc.perform(post("/api/v1/people/applicants/{id}/advance", id).with(as("hr")))
            .andExpect(jsonPath("$.stage").value("OFFER"));

        mvc.perform(put(path).with(as("hr")).contentType(MediaType.APPLICATION_JSON).content("{\"certificates\": [\"PILOT\"]}"))
            .andExpect(status().isBadRequest());
        mvc.perform(put(path).with(as("guard")).contentType(MediaType.APPLICATION_JSON).content("{\"certificates\": []}"))
            .andExpect(status().isForbidden());
        mvc.perform(get(path)).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/people/posts/{id}/certificate-requirements", Long.MAX_VALUE).with(as("hr"))
                .header("Accept-Language", "zh-CN"))
            .andExpect(status().isNotFound())
            .andExpect(jsonPath("$.detail").value(containsString("岗位")));
        mvc.perform(put(path).with(as("hr")).contentType(MediaType.APPLICATION_JSON).content("{\"certificates\": []}"))
            .andExpect(jsonPath("$.certificates").isEmpty());
        mvc.perform(post("/api/v1/people/applicants/{id}/reject", id).with(as("hr")).contentType(MediaType.APPLICATION_JSON)
            .content("{\"reason\": \"测试结束\"}"));
    }

    private int register(Long plan, String channel) throws Exception {
        String body = mvc.perform(post("/api/v1/people/applicants").with(as("hr")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"planId\": %s, \"fullName\": \"渠道应聘\", \"residentId\": \"%s\", \"phone\": \"13800005555\", \"channel\": \"%s\"}"
                    .formatted(plan, residentId(), channel)))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.channel").value(channel))
            .andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    private void advanceToBackgroundCheck(int id) throws Exception {
        for (int i = 0; i < 4; i++) {
            mvc.perform(post("/api/v1/people/applicants/{id}/advance", id).with(as("hr"))).andExpect(status().isOk());
        }
    }

    private int veterans() throws Exception {
        String body = mvc.perform(get("/api/v1/people/recruitment/channels").with(as("hr")))
            .andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString();
        List<Integer> counts = JsonPath.read(body, "$[?(@.channel == 'VETERANS')].applicants");
        return counts.get(0);
    }

    private static String residentId() {
        var random = ThreadLocalRandom.current();
        String first17 = "440305%d%02d%02d%03d".formatted(random.nextInt(1985, 2000), random.nextInt(1, 13),
                random.nextInt(1, 29), random.nextInt(1000));
        return first17 + ResidentIds.checkCharacter(first17);
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

}
