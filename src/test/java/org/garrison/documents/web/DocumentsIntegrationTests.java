package org.garrison.documents.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The register end to end, as the demo users: seeded documents, client isolation, confidentiality, audited downloads. */
@IntegrationTest
class DocumentsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    OrganisationManagement organisation;

    @Autowired
    JdbcClient jdbc;

    @Test
    void demoRegisterHoldsTheBankContractTheMinutesAndTheConfidentialPolicy() throws Exception {
        mvc.perform(get("/documents").with(as("chairman")))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("鹏城银行福田支行安保服务合同")))
            .andExpect(content().string(containsString("十一月安保工作例会会议纪要")))
            .andExpect(content().string(containsString("员工薪酬与奖惩管理制度")))
            .andExpect(content().string(matchesPattern("(?s).*附件-合同-\\d{8}-\\d{3}.*")));
    }

    @Test
    void staffWithoutTheConfidentialPermissionNeverSeeConfidentialDocuments() throws Exception {
        mvc.perform(get("/documents").with(as("ops")))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("十一月安保工作例会会议纪要")))
            .andExpect(content().string(not(containsString("员工薪酬与奖惩管理制度"))));
        long policy = idOf("员工薪酬与奖惩管理制度");
        mvc.perform(get("/documents/{id}", policy).with(as("ops"))).andExpect(status().isNotFound());
        mvc.perform(get("/documents/{id}/versions/1/download", policy).with(as("ops"))).andExpect(status().isNotFound());
    }

    @Test
    void clientSeesOnlyThePublicDocumentsOfItsOwnSites() throws Exception {
        mvc.perform(get("/documents").with(as("client")))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("鹏城银行福田支行安保服务合同")))
            .andExpect(content().string(not(containsString("十一月安保工作例会会议纪要"))))
            .andExpect(content().string(not(containsString("员工薪酬与奖惩管理制度"))));
        mvc.perform(get("/documents").with(as("client2")))
            .andExpect(status().isOk())
            .andExpect(content().string(not(containsString("鹏城银行福田支行安保服务合同"))));
        long contract = idOf("鹏城银行福田支行安保服务合同");
        mvc.perform(get("/documents/{id}", contract).with(as("client2"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/documents/{id}", idOf("十一月安保工作例会会议纪要")).with(as("client")))
            .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/documents").param("size", "100").with(as("client")))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.content[*].title", hasItem("鹏城银行福田支行安保服务合同")))
            .andExpect(jsonPath("$.content[*].title", not(hasItem("十一月安保工作例会会议纪要"))))
            .andExpect(jsonPath("$.content[*].title", not(hasItem("员工薪酬与奖惩管理制度"))));
        mvc.perform(get("/api/v1/documents").param("q", "安保服务合同").param("size", "100").with(as("client2")))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.content[*].title", not(hasItem("鹏城银行福田支行安保服务合同"))));
        mvc.perform(get("/documents/{id}/versions/1/download", contract).with(as("client")))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Type", "application/pdf"))
            .andExpect(content().string(containsString("%PDF-1.4")));
    }

    @Test
    void everyDownloadOfTheConfidentialPolicyIsAudited() throws Exception {
        long policy = idOf("员工薪酬与奖惩管理制度");
        long before = audits(policy);

        mvc.perform(get("/documents/{id}/versions/1/download", policy).with(as("chairman"))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/documents/{id}/versions/1/content", policy).with(as("admin"))).andExpect(status().isOk());

        assertThat(audits(policy)).isEqualTo(before + 2);
        assertThat(jdbc.sql("select actor_name from audit_entry where action = 'DOWNLOAD' and entity_id = :id order by id desc")
            .param("id", String.valueOf(policy)).query(String.class).list()).startsWith("admin", "chairman");
    }

    @Test
    void managerRegistersADocumentThenUploadsANewVersion() throws Exception {
        String title = "巡逻路线调查-" + UUID.randomUUID();
        var created = mvc.perform(multipart("/documents").file(file("路线.csv", "text/csv", "点位,时间"))
            .param("title", title).param("type", "SURVEY").param("confidentiality", "INTERNAL")
            .param("siteId", String.valueOf(organisation.siteByCode("S201").orElseThrow().value())).param("note", "初稿")
            .with(as("cs")).with(csrf())).andExpect(status().is3xxRedirection()).andReturn();
        String location = created.getResponse().getRedirectedUrl();

        mvc.perform(multipart(location + "/versions").file(file("路线.csv", "text/csv", "点位,时间,签到"))
            .param("changeNote", "增加签到列").with(as("cs")).with(csrf())).andExpect(status().is3xxRedirection());

        mvc.perform(get(location).with(as("cs")))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("附件-调研-")))
            .andExpect(content().string(containsString("增加签到列")))
            .andExpect(content().string(containsString("/versions/2/download")));
        mvc.perform(get(location + "/versions/1/download").with(as("cs")))
            .andExpect(content().bytes("点位,时间".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void refusedFileTypeIsExplainedInTheForm() throws Exception {
        mvc.perform(multipart("/documents").file(file("病毒.exe", "application/octet-stream", "MZ"))
            .param("title", "程序").param("type", "OTHER").param("confidentiality", "INTERNAL").with(as("ops")).with(csrf()))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("不接受文件 病毒.exe")));
    }

    @Test
    void registerFormOffersConfidentialOnlyToThoseWhoMaySeeIt() throws Exception {
        mvc.perform(get("/documents/new").with(as("admin")))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("value=\"CONFIDENTIAL\"")));
        mvc.perform(get("/documents/new").with(as("ops")))
            .andExpect(status().isOk())
            .andExpect(content().string(not(containsString("value=\"CONFIDENTIAL\""))));
    }

    @Test
    void apiRegistersWithMultipartAndListsIt() throws Exception {
        String title = "统计-" + UUID.randomUUID();
        mvc.perform(multipart("/api/v1/documents").file(file("统计.xlsx", "application/octet-stream", "PK"))
            .param("title", title).param("type", "STATISTICS").param("confidentiality", "INTERNAL").with(as("ops")).with(csrf()))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.document.number", matchesPattern("附件-统计-\\d{8}-\\d{3,}")));
        mvc.perform(get("/api/v1/documents").param("q", title).with(as("ops")))
            .andExpect(jsonPath("$.content.length()").value(1))
            .andExpect(jsonPath("$.totalElements").value(1))
            .andExpect(jsonPath("$.content[0].title").value(title));
    }

    private long idOf(String title) {
        return jdbc.sql("select id from doc_document where title = :title order by id").param("title", title)
            .query(Long.class).list().get(0);
    }

    private long audits(long documentId) {
        return jdbc.sql("select count(*) from audit_entry where action = 'DOWNLOAD' and entity_id = :id")
            .param("id", String.valueOf(documentId)).query(Long.class).single();
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    private static MockMultipartFile file(String name, String type, String content) {
        return new MockMultipartFile("file", name, type, content.getBytes(StandardCharsets.UTF_8));
    }

}
