package org.garrison.servicedesk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The complaint rate of the current month: complaints filed at a site ÷ its contracted guard-shifts, against the target
 * below 1 %, on the statistics page and in the API; a client sees its own sites only.
 */
@IntegrationTest
class ComplaintRateIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    OrganisationManagement organisation;

    @Autowired
    Clock clock;

    @Test
    void aComplaintCountsAgainstTheSitesContractedGuardShifts() throws Exception {
        long s101 = organisation.siteByCode("S101").orElseThrow().value();
        long s201 = organisation.siteByCode("S201").orElseThrow().value();
        mvc.perform(post("/api/v1/servicedesk/complaints").with(as("cs")).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"siteId":%d,"clientName":"测试投诉客户","phone":"0755-8888","reason":"大堂岗无人 %s","demand":"加强管理",
                         "category":"GENERAL","typeCode":"ATTITUDE","channel":"PHONE","reasonable":true}"""
                    .formatted(s101, UUID.randomUUID())))
            .andExpect(status().isCreated());
        String month = YearMonth.now(clock).toString();

        String body = mvc.perform(get("/api/v1/servicedesk/complaints/rate").with(as("cs")))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.month").value(month))
            .andExpect(jsonPath("$.target").value(1))
            .andReturn().getResponse().getContentAsString();
        List<Map<String, Object>> rows = JsonPath.read(body, "$.sites[?(@.siteId == " + s101 + ")]");
        assertThat(rows).hasSize(1);
        long complaints = ((Number) rows.get(0).get("complaints")).longValue();
        long shifts = ((Number) rows.get(0).get("serviceShifts")).longValue();
        assertThat(complaints).isPositive();
        assertThat(shifts).isPositive();
        assertThat(new BigDecimal(rows.get(0).get("rate").toString())).isEqualByComparingTo(BigDecimal.valueOf(complaints * 100)
            .divide(BigDecimal.valueOf(shifts), 2, RoundingMode.HALF_UP));

        String mine = mvc.perform(get("/api/v1/servicedesk/complaints/rate").param("month", month).with(as("client")))
            .andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString();
        List<Object> others = JsonPath.read(mine, "$.sites[?(@.siteId == " + s201 + ")]");
        assertThat(others).isEmpty();
        List<Object> own = JsonPath.read(mine, "$.sites[?(@.siteId == " + s101 + ")]");
        assertThat(own).hasSize(1);

        mvc.perform(get("/servicedesk/satisfaction").with(as("cs")).header("Accept-Language", "zh-CN"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("服务人班次")))
            .andExpect(content().string(org.hamcrest.Matchers.not(containsString("??"))))
            .andExpect(content().string(containsString("投诉率")))
            .andExpect(content().string(containsString("data-site=\"" + s101 + "\"")));
    }

    @Test
    void aGarbledMonthIsRefusedAndAVisitorMustSignIn() throws Exception {
        mvc.perform(get("/api/v1/servicedesk/complaints/rate").param("month", "11/2026").with(as("cs"))
                .header("Accept-Language", "zh-CN"))
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.detail").value("无法识别月份“11/2026”，请按 2026-11 格式填写。"));
        mvc.perform(get("/api/v1/servicedesk/complaints/rate").with(as("guard"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/servicedesk/complaints/rate")).andExpect(status().isUnauthorized());
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

}
