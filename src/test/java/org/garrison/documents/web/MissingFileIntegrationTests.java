package org.garrison.documents.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.garrison.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Files in the database store, and what users and monitoring see when a file's content is gone. */
@IntegrationTest
class MissingFileIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aMissingFileAnswersAClearPageAndProblemInTheUsersLanguageAndShowsInHealth() throws Exception {
        long id = register("丢失的文件.pdf", "%PDF-1.4 lost");
        String key = jdbc.sql("select storage_key from doc_version where document_id = ?").param(id).query(String.class).single();
        jdbc.sql("delete from doc_content_chunk where storage_key = ?").param(key).update();

        mvc.perform(get("/documents/{id}/versions/1/download", id).with(as("ops")))
            .andExpect(status().isNotFound())
            .andExpect(content().string(containsString("文件缺失：“丢失的文件.pdf”")));
        mvc.perform(get("/documents/{id}/versions/1/download", id).cookie(new Cookie("GARRISON_LANG", "en")).with(as("ops")))
            .andExpect(status().isNotFound())
            .andExpect(content().string(containsString("The file is missing")));
        mvc.perform(get("/api/v1/documents/{id}/versions/1/content", id).with(as("ops")))
            .andExpect(status().isNotFound())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.detail", containsString("文件缺失")));
        mvc.perform(get("/api/v1/documents/{id}/versions/1/content", id).header("Accept-Language", "en").with(as("ops")))
            .andExpect(status().isNotFound())
            .andExpect(jsonPath("$.detail", containsString("The file is missing")));

        mvc.perform(get("/actuator/health").with(as("admin")))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.status").value("UP"))
            .andExpect(jsonPath("$.components.documentStore.status").value("DEGRADED"))
            .andExpect(jsonPath("$.components.documentStore.details.store").value("database"))
            .andExpect(jsonPath("$.components.documentStore.details.missingSinceStart", greaterThanOrEqualTo(1)));
    }

    @Test
    void anUploadIsStoredInTheDatabaseWithItsChecksum() throws Exception {
        long id = register("存储.txt", "abc");
        mvc.perform(get("/api/v1/documents/{id}/versions/1/content", id).with(as("ops")))
            .andExpect(status().isOk())
            .andExpect(content().string("abc"));
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("select sha256 from doc_version where document_id = ?")
            .param(id).query(String.class).single())
            .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void administratorsSeeTheStoresAndAMoveNeedsTwoDifferentOnes() throws Exception {
        mvc.perform(get("/admin/documents/storage").with(as("admin")))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("数据库")));
        mvc.perform(post("/admin/documents/storage/move").param("from", "database").param("to", "database")
            .with(as("admin")).with(csrf()))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("请选择两个不同的存储")));
        mvc.perform(get("/admin/documents/storage").with(as("ops"))).andExpect(status().isForbidden());
    }

    private long register(String name, String content) throws Exception {
        String title = "缺失检查-" + UUID.randomUUID();
        mvc.perform(multipart("/api/v1/documents")
            .file(new MockMultipartFile("file", name, "application/octet-stream", content.getBytes(StandardCharsets.UTF_8)))
            .param("title", title).param("type", "OTHER").param("confidentiality", "INTERNAL").with(as("ops")).with(csrf()))
            .andExpect(status().isCreated());
        return jdbc.sql("select id from doc_document where title = ?").param(title).query(Long.class).single();
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

}
