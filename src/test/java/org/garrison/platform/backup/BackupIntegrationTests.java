package org.garrison.platform.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipInputStream;

import org.garrison.testsupport.IntegrationTest;
import org.garrison.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The embedded database's online backup: a zipped SQL script with the files of the database store; 422 on PostgreSQL. */
@IntegrationTest
class BackupIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Test
    void administratorTakesAnOnlineBackupThatHoldsTheSchemaTheDataAndTheFiles() throws Exception {
        var request = post("/api/v1/admin/backup").with(user(users.loadUserByUsername("admin"))).with(csrf());
        if (TestDatabase.isPostgres()) {
            mvc.perform(request).andExpect(status().isUnprocessableContent());
            return;
        }
        byte[] zip = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var entries = new ZipInputStream(new ByteArrayInputStream(zip))) {
            assertThat(entries.getNextEntry()).isNotNull();
            String script = new String(entries.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(script).contains("CREATE", "INSERT INTO").containsPattern("INSERT INTO \\S*doc_content_chunk");
        }
    }

}
