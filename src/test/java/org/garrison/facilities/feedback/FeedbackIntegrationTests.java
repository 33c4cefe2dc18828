package org.garrison.facilities.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;

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
 * Client feedback and improvement suggestions over the API: a client files feedback for its own site through the
 * portal, not for another client's; a guard files none; a rating outside 1–5 is refused and nothing is stored;
 * logistics records and handles feedback once, with a reply; and the month's 反馈满意度, 改进建议 and 改进实施率 follow.
 */
@IntegrationTest
class FeedbackIntegrationTests {

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

    private long feedbackCount() {
        return jdbc.sql("SELECT COUNT(*) FROM fa_feedback").query(Long.class).single();
    }

    private String send(String username, String path, String body, int expected) throws Exception {
        return mvc.perform(post(path).with(as(username)).header("Accept-Language", "zh-CN")
                .contentType(MediaType.APPLICATION_JSON).content(body))
            .andExpect(status().is(expected))
            .andReturn().getResponse().getContentAsString();
    }

    private int file(String username, String site, String extra) throws Exception {
        String body = send(username, "/api/v1/facilities/feedback",
                "{\"siteId\": " + site(site) + ", \"service\": \"PEST_CONTROL\", \"content\": \"测试反馈\"" + extra + "}", 201);
        return JsonPath.read(body, "$.id");
    }

    @Test
    void aClientFilesFeedbackForItsOwnSitesOnlyAndLogisticsHandlesItOnce() throws Exception {
        long s101 = site("S101");
        String body = send("client", "/api/v1/facilities/feedback",
                "{\"siteId\": " + s101 + ", \"service\": \"PEST_CONTROL\", \"channel\": \"HOTLINE\", \"content\": \"发现蟑螂\", \"rating\": 3}",
                201);
        assertThat((String) JsonPath.read(body, "$.channel")).as("a client's feedback comes through the portal").isEqualTo("PORTAL");
        int id = JsonPath.read(body, "$.id");

        long before = feedbackCount();
        send("client2", "/api/v1/facilities/feedback", "{\"siteId\": " + s101 + ", \"service\": \"CLEANING\", \"content\": \"x\"}", 404);
        send("guard", "/api/v1/facilities/feedback", "{\"siteId\": " + s101 + ", \"service\": \"CLEANING\", \"content\": \"x\"}", 403);
        String refused = send("client", "/api/v1/facilities/feedback",
                "{\"siteId\": " + s101 + ", \"service\": \"CLEANING\", \"content\": \"x\", \"rating\": 6}", 422);
        assertThat((String) JsonPath.read(refused, "$.detail")).isEqualTo("评分为 1 至 5 分，不能是 6。");
        send("logistics", "/api/v1/facilities/feedback", "{}", 400);
        send("logistics", "/api/v1/facilities/feedback",
                "{\"siteId\": " + s101 + ", \"service\": \"CLEANING\", \"content\": \"x\", \"rating\": 5}", 422);
        assertThat(feedbackCount()).as("nothing stored by the refusals").isEqualTo(before);

        mvc.perform(get("/api/v1/facilities/feedback").with(as("client2")))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$[?(@.id == " + id + ")]").isEmpty());
        mvc.perform(get("/api/v1/facilities/feedback").param("handled", "false").with(as("client")))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$[?(@.id == " + id + ")].content").value("发现蟑螂"));

        send("client", "/api/v1/facilities/feedback/" + id + "/handle", "{\"reply\": \"已安排消杀\"}", 403);
        send("logistics", "/api/v1/facilities/feedback/" + id + "/handle", "{\"reply\": \"  \"}", 422);
        send("logistics", "/api/v1/facilities/feedback/" + id + "/handle", "{}", 422);
        String handled = send("logistics", "/api/v1/facilities/feedback/" + id + "/handle", "{\"reply\": \"已安排消杀\"}", 200);
        assertThat((Boolean) JsonPath.read(handled, "$.handled")).isTrue();
        assertThat((String) JsonPath.read(handled, "$.handledBy")).isNotBlank();
        String twice = send("logistics", "/api/v1/facilities/feedback/" + id + "/handle", "{\"reply\": \"再次\"}", 422);
        assertThat((String) JsonPath.read(twice, "$.detail")).isEqualTo("该反馈已经处理过。");
        assertThat(jdbc.sql("SELECT reply FROM fa_feedback WHERE id = ?").param(id).query(String.class).single()).isEqualTo("已安排消杀");
    }

    @Test
    void theMonthsFeedbackAndSuggestionKpisCountHandledRatedFeedbackAndAcceptedSuggestions() throws Exception {
        String s102 = String.valueOf(site("S102"));
        String month = YearMonth.now(clock).toString();
        long[] before = kpis(month, s102);

        int happy = file("logistics", "S102", ", \"channel\": \"HOTLINE\", \"rating\": 5");
        int unhappy = file("logistics", "S102", ", \"channel\": \"VISIT\", \"rating\": 2");
        file("logistics", "S102", ", \"channel\": \"QUESTIONNAIRE\", \"rating\": 4");
        int unrated = file("logistics", "S102", ", \"channel\": \"SUGGESTION_BOX\"");
        for (int id : List.of(happy, unhappy, unrated)) {
            send("logistics", "/api/v1/facilities/feedback/" + id + "/handle", "{\"reply\": \"已回复\"}", 200);
        }

        int implemented = propose();
        int pending = propose();
        int rejected = propose();
        propose();
        send("cleaner", "/api/v1/facilities/suggestions/" + implemented + "/decide", "{\"accept\": true}", 403);
        send("logistics", "/api/v1/facilities/suggestions/" + implemented + "/decide", "{}", 400);
        send("logistics", "/api/v1/facilities/suggestions/" + implemented + "/decide", "{\"accept\": true}", 200);
        send("logistics", "/api/v1/facilities/suggestions/" + pending + "/decide", "{\"accept\": true, \"note\": \"下月实施\"}", 200);
        send("logistics", "/api/v1/facilities/suggestions/" + rejected + "/decide", "{\"accept\": false}", 422);
        send("logistics", "/api/v1/facilities/suggestions/" + rejected + "/decide", "{\"accept\": false, \"note\": \"不可行\"}", 200);
        send("logistics", "/api/v1/facilities/suggestions/" + rejected + "/implemented", "{}", 422);
        send("logistics", "/api/v1/facilities/suggestions/" + implemented + "/implemented", "{\"note\": \"已完成\"}", 200);

        long[] after = kpis(month, s102);
        assertThat(after[0] - before[0]).as("satisfied: handled and rated 4–5").isEqualTo(1);
        assertThat(after[1] - before[1]).as("rated: handled and rated").isEqualTo(2);
        assertThat(after[2] - before[2]).as("suggestions accepted").isEqualTo(2);
        assertThat(after[3] - before[3]).as("implemented").isEqualTo(1);
        assertThat(after[4] - before[4]).as("accepted, the implementation rate's base").isEqualTo(2);
    }

    @Test
    void thePagesFileHandleAndDecideWithPostRedirectGet() throws Exception {
        String s101 = String.valueOf(site("S101"));
        mvc.perform(get("/facilities/feedback").with(as("client")))
            .andExpect(status().isOk())
            .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"feedback-form\"")));
        mvc.perform(post("/facilities/feedback").with(as("client")).with(csrf()).param("siteId", s101).param("service", "CLEANING")
                .param("content", "页面提交的反馈").param("rating", "5"))
            .andExpect(redirectedUrl("/facilities/feedback"))
            .andExpect(flash().attribute("flash", "common.saved"));
        mvc.perform(post("/facilities/feedback").with(as("client")).with(csrf()).param("siteId", s101).param("service", "CLEANING")
                .param("content", "x").param("rating", "0"))
            .andExpect(status().isOk())
            .andExpect(content().string(org.hamcrest.Matchers.containsString("评分为 1 至 5 分，不能是 0。")));
        long id = jdbc.sql("SELECT MAX(id) FROM fa_feedback WHERE content = '页面提交的反馈'").query(Long.class).single();
        mvc.perform(get("/facilities/feedback/" + id).with(as("logistics")))
            .andExpect(status().isOk())
            .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"handle-form\"")));
        mvc.perform(post("/facilities/feedback/" + id + "/handle").with(as("logistics")).with(csrf()).param("reply", "谢谢"))
            .andExpect(redirectedUrl("/facilities/feedback/" + id))
            .andExpect(flash().attribute("flash", "common.saved"));
        mvc.perform(get("/facilities/feedback/" + id).with(as("client2"))).andExpect(status().isNotFound());

        mvc.perform(post("/facilities/suggestions").with(as("logistics")).with(csrf()).param("siteId", s101)
                .param("service", "ELECTRICAL").param("proposedBy", "电工 赵强").param("content", "页面提交的建议"))
            .andExpect(redirectedUrl("/facilities/suggestions"));
        long suggestion = jdbc.sql("SELECT MAX(id) FROM fa_suggestion WHERE content = '页面提交的建议'").query(Long.class).single();
        mvc.perform(post("/facilities/suggestions/" + suggestion + "/decide").with(as("logistics")).with(csrf()).param("accept", "false"))
            .andExpect(redirectedUrl("/facilities/suggestions"))
            .andExpect(flash().attribute("problem", "facilities.suggestion.rejectNote"));
        mvc.perform(post("/facilities/suggestions/" + suggestion + "/decide").with(as("logistics")).with(csrf()).param("accept", "true"))
            .andExpect(flash().attribute("flash", "common.saved"));
        mvc.perform(get("/facilities/suggestions").with(as("logistics")))
            .andExpect(status().isOk())
            .andExpect(content().string(org.hamcrest.Matchers.containsString("/facilities/suggestions/" + suggestion + "/implemented")));
    }

    private int propose() throws Exception {
        String body = send("cleaner", "/api/v1/facilities/suggestions", "{\"siteId\": " + site("S102")
                + ", \"service\": \"PEST_CONTROL\", \"proposedBy\": \"消杀员 周明\", \"content\": \"增加粘鼠板\"}", 201);
        return JsonPath.read(body, "$.id");
    }

    /** Pest control at the site this month: satisfied, rated, suggestions, implemented, accepted (0 without a row). */
    private long[] kpis(String month, String siteId) throws Exception {
        String body = mvc.perform(get("/api/v1/facilities/kpis").param("month", month).param("siteId", siteId).with(as("logistics")))
            .andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString();
        return new long[] { figure(body, "FEEDBACK_SATISFACTION", "numerator"), figure(body, "FEEDBACK_SATISFACTION", "denominator"),
                figure(body, "SUGGESTIONS", "numerator"), figure(body, "IMPROVEMENT_RATE", "numerator"),
                figure(body, "IMPROVEMENT_RATE", "denominator") };
    }

    private static long figure(String body, String kpi, String field) {
        List<Number> found = JsonPath.read(body, "$.rows[?(@.kpi == '" + kpi + "' && @.service == 'PEST_CONTROL')]." + field);
        return found.isEmpty() ? 0 : found.get(0).longValue();
    }

}
