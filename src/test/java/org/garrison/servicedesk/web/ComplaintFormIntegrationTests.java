package org.garrison.servicedesk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The printable 客户投诉登记表: the register's fields, the handling, the cause and corrective action and the
 * signature lines print in Chinese with the embedded font; the register is internal, so a client is refused.
 */
@IntegrationTest
class ComplaintFormIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    OrganisationManagement organisation;

    @Autowired
    Clock clock;

    @Test
    void customerServicePrintsTheRegisterFormInChinese() throws Exception {
        String reason = "夜班门岗无人值守 " + UUID.randomUUID();
        long id = complaint("S101", reason);
        mvc.perform(put("/api/v1/servicedesk/complaints/" + id + "/corrective-action").with(as("ops"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"cause": "队长查岗不到位", "measure": "夜班增加一次查岗", "owner": "SECURITY_OPS", "ownerName": "王强",
                         "dueOn": "%s"}""".formatted(LocalDate.now(clock).plusDays(7))))
            .andExpect(status().isOk());
        for (String path : new String[] { "/servicedesk/complaints/" + id + "/form.pdf",
                "/api/v1/servicedesk/complaints/" + id + "/form.pdf" }) {
            byte[] pdf = mvc.perform(get(path).with(as("cs")).header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
            try (var document = Loader.loadPDF(pdf)) {
                String text = new PDFTextStripper().getText(document);
                assertThat(text).contains("客户投诉登记表", "受理编号", "投诉客户名称", "客户地址", "投诉缘由", "客户要求", "投诉受理",
                        "分类", "备注", "受理日期", "投诉类型", "电话", "测试投诉客户", "夜班门岗无人值守", "发生原因",
                        "队长查岗不到位", "人防部", "王强", "客服部受理人签字");
                assertThat(document.getPage(0).getResources().getFontNames()).isNotEmpty();
                assertThat(document.getNumberOfPages()).as("one sheet for the paper file").isEqualTo(1);
            }
        }
        mvc.perform(get("/servicedesk/complaints/" + id).with(as("cs")))
            .andExpect(content().string(containsString("/servicedesk/complaints/" + id + "/form.pdf")));
        mvc.perform(get("/servicedesk/complaints/" + id).with(as("client")))
            .andExpect(content().string(not(containsString("form.pdf"))));
    }

    @Test
    void theRegisterIsInternalAndScoped() throws Exception {
        long id = complaint("S201", "停车场收费争议 " + UUID.randomUUID());
        String api = "/api/v1/servicedesk/complaints/" + id + "/form.pdf";
        mvc.perform(get(api).with(as("client"))).andExpect(status().isForbidden());
        mvc.perform(get("/servicedesk/complaints/" + id + "/form.pdf").with(as("client"))).andExpect(status().isForbidden());
        mvc.perform(get(api).with(as("leader")).header("Accept-Language", "zh-CN")).andExpect(status().isNotFound());
        mvc.perform(get(api)).andExpect(status().isUnauthorized());
        mvc.perform(get(api).with(as("ops"))).andExpect(status().isOk());
    }

    private long complaint(String site, String reason) throws Exception {
        var filed = mvc.perform(post("/api/v1/servicedesk/complaints").with(as("cs")).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"siteId":%d,"clientName":"测试投诉客户","clientAddress":"深圳市福田区深南大道1号","phone":"0755-8888",
                         "reason":"%s","demand":"加强管理","category":"GENERAL","typeCode":"ATTITUDE","channel":"PHONE",
                         "remarks":"电话投诉","reasonable":true}"""
                    .formatted(organisation.siteByCode(site).orElseThrow().value(), reason)))
            .andExpect(status().isCreated())
            .andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(filed, "$.id")).longValue();
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

}
