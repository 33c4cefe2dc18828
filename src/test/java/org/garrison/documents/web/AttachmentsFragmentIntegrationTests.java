package org.garrison.documents.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.garrison.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Attachments of a record type declared by a (test) module: company staff see and add files, a client
 * user does not even find the record.
 */
@IntegrationTest
class AttachmentsFragmentIntegrationTests {

    static final String TYPE = "TestRecord";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Test
    void staffAttachAFileAndSeeItListedWithAPreview() throws Exception {
        String record = UUID.randomUUID().toString();
        byte[] png = png(300, 200);

        mvc.perform(multipart("/attachments/{t}/{i}", TYPE, record).file(new MockMultipartFile("file", "门岗.png", "image/png", png))
            .with(as("ops")).with(csrf()))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("门岗.png")))
            .andExpect(content().string(containsString("/thumbnail")));
        mvc.perform(get("/attachments/{t}/{i}", TYPE, record).with(as("ops")))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("门岗.png")));
    }

    @Test
    void clientDoesNotFindTheRecordNorItsFiles() throws Exception {
        mvc.perform(get("/attachments/{t}/{i}", TYPE, "1").with(as("client"))).andExpect(status().isNotFound());
        mvc.perform(multipart("/attachments/{t}/{i}", TYPE, "1")
            .file(new MockMultipartFile("file", "a.txt", "text/plain", "a".getBytes(StandardCharsets.UTF_8)))
            .with(as("client")).with(csrf()))
            .andExpect(status().isNotFound());
    }

    @Test
    void undeclaredRecordTypesShowNothing() throws Exception {
        mvc.perform(get("/attachments/{t}/{i}", "Nobody", "1").with(as("admin"))).andExpect(status().isNotFound());
    }

    private static byte[] png(int width, int height) throws java.io.IOException {
        var out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(width, height, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

}
