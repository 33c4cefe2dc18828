package org.garrison.servicedesk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A complaint's attachments over the API, by the complaint page's rules: the client attaches to and reads its own
 * complaint's files, staff within their data scope; another client, or staff outside the scope, never reaches them;
 * a closed complaint and a refused file are refused in the caller's language; each attachment is audited; the complaint
 * page's attachment list answers by the same rules.
 */
@IntegrationTest
class ComplaintAttachmentApiIntegrationTests {

    private static final byte[] LETTER = "投诉信：夜班保安擅离岗位。".getBytes(StandardCharsets.UTF_8);

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    OrganisationManagement organisation;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aClientAttachesALetterToItsComplaintAndStaffInScopeReadItBack() throws Exception {
        long complaint = file("client", "S101");
        String base = "/api/v1/servicedesk/complaints/" + complaint + "/attachments";

        var created = attach(complaint, "client", new MockMultipartFile("file", "投诉信.txt", "text/plain", LETTER))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.complaintId").value(complaint))
            .andExpect(jsonPath("$.fileName").value("投诉信.txt"))
            .andExpect(jsonPath("$.contentType").value("text/plain"))
            .andExpect(jsonPath("$.size").value(LETTER.length))
            .andReturn().getResponse();
        int id = JsonPath.read(created.getContentAsString(), "$.id");
        String location = created.getHeader("Location");
        assertThat(location).isEqualTo(base + "/" + id);
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'ATTACH' and entity_type = 'Complaint' "
                + "and entity_id = ?").param(String.valueOf(complaint)).query(Long.class).single()).isEqualTo(1);

        for (String reader : new String[] { "client", "cs", "leader" }) {
            mvc.perform(get(base).with(as(reader)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", hasItem(id)))
                .andExpect(jsonPath("$[0].download").value(location));
        }
        mvc.perform(get(location).with(as("client")))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Type", containsString("text/plain")))
            .andExpect(header().string("Content-Disposition", containsString("attachment")))
            .andExpect(header().string("Content-Disposition", containsString("UTF-8''%E6%8A%95%E8%AF%89%E4%BF%A1.txt")))
            .andExpect(content().bytes(LETTER));
    }

    @Test
    void anotherClientAndStaffOutsideTheScopeNeverReachTheFiles() throws Exception {
        long bank = file("client", "S101");
        long park = file("client2", "S201");
        String download = attach(bank, "client", new MockMultipartFile("file", "照片.png", "image/png", png()))
            .andExpect(status().isCreated())
            .andReturn().getResponse().getHeader("Location");

        mvc.perform(get("/api/v1/servicedesk/complaints/{id}/attachments", bank).with(as("client2")))
            .andExpect(status().isNotFound())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get(download).with(as("client2"))).andExpect(status().isNotFound());
        attach(bank, "client2", new MockMultipartFile("file", "冒名.txt", "text/plain", LETTER))
            .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/servicedesk/complaints/{id}/attachments", park).with(as("leader")))
            .andExpect(status().isNotFound());
        attach(park, "leader", new MockMultipartFile("file", "越权.txt", "text/plain", LETTER))
            .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/servicedesk/complaints/{id}/attachments/999999", bank).with(as("client")))
            .andExpect(status().isNotFound());
        assertThat(attachments(bank)).isEqualTo(1);
        assertThat(attachments(park)).isZero();
    }

    @Test
    void onlyThoseWhoFileHandleOrInvestigateAttachAndAVisitorIsTurnedAway() throws Exception {
        long complaint = file("client", "S101");
        attach(complaint, "chairman", new MockMultipartFile("file", "批示.txt", "text/plain", LETTER))
            .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/servicedesk/complaints/{id}/attachments", complaint).with(as("guard")))
            .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/servicedesk/complaints/{id}/attachments", complaint))
            .andExpect(status().isUnauthorized())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        attach(complaint, "leader", new MockMultipartFile("file", "调查记录.txt", "text/plain", LETTER))
            .andExpect(status().isCreated());
        mvc.perform(get("/api/v1/servicedesk/complaints/{id}/attachments", complaint).with(as("chairman")))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$[0].fileName").value("调查记录.txt"));
    }

    @Test
    void aRefusedFileAMissingPartAndAClosedComplaintAreRefusedInChinese() throws Exception {
        long complaint = file("cs", "S101");
        attach(complaint, "cs", new MockMultipartFile("file", "setup.exe", "application/octet-stream", LETTER))
            .andExpect(status().isUnprocessableContent())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.detail").value("不接受文件 setup.exe：只能上传图片、PDF、办公文档、文本和 CSV 文件。"));
        attach(complaint, "cs", new MockMultipartFile("file", "空白.txt", "text/plain", new byte[0]))
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.detail").value("文件 空白.txt 是空文件。"));
        mvc.perform(multipart("/api/v1/servicedesk/complaints/{id}/attachments", complaint).with(as("cs"))
                .header("Accept-Language", "zh-CN"))
            .andExpect(status().isUnprocessableContent())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.detail").value("请选择文件。"));

        String number = close(complaint);
        attach(complaint, "cs", new MockMultipartFile("file", "回访记录.txt", "text/plain", LETTER))
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.detail").value("投诉 " + number + " 已结案，不能再添加附件。"));
        mvc.perform(get("/api/v1/servicedesk/complaints/{id}/attachments", complaint).with(as("cs")))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void theComplaintPagesAttachmentListAnswersByTheSameRules() throws Exception {
        long complaint = file("client", "S101");
        attach(complaint, "client", new MockMultipartFile("file", "门岗照片.png", "image/png", png()))
            .andExpect(status().isCreated());
        mvc.perform(get("/attachments/Complaint/{id}", complaint).with(as("client")))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("门岗照片.png")));
        mvc.perform(get("/attachments/Complaint/{id}", complaint).with(as("client2"))).andExpect(status().isNotFound());
        mvc.perform(multipart("/attachments/Complaint/{id}", complaint)
                .file(new MockMultipartFile("file", "冒名.txt", "text/plain", LETTER))
                .with(as("client2")).with(csrf()))
            .andExpect(status().isNotFound());
        assertThat(attachments(complaint)).isEqualTo(1);
    }

    private ResultActions attach(long complaint, String username, MockMultipartFile file) throws Exception {
        return mvc.perform(multipart("/api/v1/servicedesk/complaints/{id}/attachments", complaint).file(file)
            .with(as(username)).header("Accept-Language", "zh-CN"));
    }

    /** Files a complaint over the API as this user (a client through the portal, customer service signed at once). */
    private long file(String username, String siteCode) throws Exception {
        String body = mvc.perform(post("/api/v1/servicedesk/complaints").with(as(username))
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"siteId":%d,"clientName":"投诉人","phone":"0755-8888","reason":"附件测试 %s","demand":"加强管理",
                         "category":"GENERAL","typeCode":"ATTITUDE","channel":"PHONE","reasonable":true}"""
                    .formatted(organisation.siteByCode(siteCode).orElseThrow().value(), UUID.randomUUID())))
            .andExpect(status().isCreated())
            .andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    /** Takes a complaint customer service registered through every step to CLOSED; returns its number. */
    private String close(long complaint) throws Exception {
        String base = "/api/v1/servicedesk/complaints/" + complaint;
        step(base + "/investigate", "ops", "{\"findings\": \"夜班队员擅离岗位\", \"responsiblePeople\": \"张伟\"}");
        step(base + "/confirm", "ops", "{\"confirmedBy\": \"张伟\"}");
        step(base + "/draft", "cs", "{\"handling\": \"批评教育\", \"responsibility\": \"STAFF\"}");
        step(base + "/answer", "cs", "{\"text\": \"已处理\"}");
        String closed = step(base + "/return-visit", "cs", "{\"text\": \"客户满意\"}");
        assertThat((String) JsonPath.read(closed, "$.state")).isEqualTo("CLOSED");
        return JsonPath.read(closed, "$.number");
    }

    private String step(String path, String username, String body) throws Exception {
        return mvc.perform(post(path).with(as(username)).contentType(MediaType.APPLICATION_JSON).content(body))
            .andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString();
    }

    private long attachments(long complaint) {
        return jdbc.sql("select count(*) from doc_attachment where owner_type = 'Complaint' and owner_id = ?")
            .param(String.valueOf(complaint)).query(Long.class).single();
    }

    /** A one-pixel PNG. */
    private static byte[] png() {
        return java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==");
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

}
