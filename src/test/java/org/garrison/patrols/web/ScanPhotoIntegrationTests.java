package org.garrison.patrols.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.garrison.platform.security.TestPrincipals.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.garrison.documents.DocumentsManagement;
import org.garrison.patrols.PatrolPermissions;
import org.garrison.patrols.internal.PatrolFixtures;
import org.garrison.patrols.internal.ScanPhotos;
import org.garrison.shared.ScopeLevel;
import org.garrison.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The camera photo of a scan, end to end: the guard who scanned (or a monitor of the site) attaches it once,
 * however often the phone sends it; anyone else finds no such scan; what is not an image is refused and not kept.
 */
@IntegrationTest
class ScanPhotoIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    PatrolFixtures fixtures;

    @Autowired
    DocumentsManagement documents;

    @Test
    void theGuardWhoScannedAttachesThePhotoOnceHoweverOftenItIsSent() throws Exception {
        String scanId = scan();
        var first = photo(scanId, jpeg(), signedIn("guard")).andExpect(status().isCreated())
            .andExpect(jsonPath("$.created").value(true))
            .andReturn().getResponse().getContentAsString();
        photo(scanId, jpeg(), signedIn("guard")).andExpect(status().isOk())
            .andExpect(jsonPath("$.created").value(false));

        var stored = documents.attachmentsOf(ScanPhotos.OWNER_TYPE, scanId);
        assertThat(stored).hasSize(1);
        assertThat(first).contains("\"attachmentId\":" + stored.get(0).id());
        assertThat(stored.get(0).isImage()).isTrue();

        mvc.perform(get("/attachments/PATROL_SCAN/{scan}/{id}", scanId, stored.get(0).id()).with(signedIn("supervisor")))
            .andExpect(status().isOk());
        mvc.perform(get("/attachments/PATROL_SCAN/{scan}/{id}", scanId, stored.get(0).id()).with(signedIn("client")))
            .andExpect(status().isNotFound());
    }

    @Test
    void anotherGuardFindsNoSuchScanAndClientUsersMayNotAttach() throws Exception {
        String scanId = scan();
        photo(scanId, jpeg(), as(ScopeLevel.OWN, null, PatrolPermissions.PATROL_SCAN)).andExpect(status().isNotFound());
        photo(scanId, jpeg(), signedIn("client")).andExpect(status().isForbidden());
        photo(scanId, jpeg(), signedIn("client2")).andExpect(status().isForbidden());
        mvc.perform(multipart("/api/v1/patrol/scans/{id}/photo", scanId).file(jpeg())
                .with(as(ScopeLevel.OWN, null, PatrolPermissions.PATROL_SCAN)))
            .andExpect(status().isNotFound())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(documents.attachmentsOf(ScanPhotos.OWNER_TYPE, scanId)).isEmpty();
    }

    @Test
    void aSupervisorOfTheSiteMayAddThePhotoToo() throws Exception {
        String scanId = scan();
        photo(scanId, jpeg(), signedIn("supervisor")).andExpect(status().isCreated());
        assertThat(documents.attachmentsOf(ScanPhotos.OWNER_TYPE, scanId)).hasSize(1);
    }

    @Test
    void anUnknownScanIsNotFoundAndBadFilesAreRefusedInTheUsersLanguageWithNothingStored() throws Exception {
        photo("no-such-scan", jpeg(), signedIn("guard")).andExpect(status().isNotFound());
        String scanId = scan();
        mvc.perform(multipart("/api/v1/patrol/scans/{id}/photo", scanId)
                .file(new MockMultipartFile("photo", "notes.txt", "text/plain", "巡逻正常".getBytes()))
                .with(signedIn("guard")).header("Accept-Language", "zh-CN"))
            .andExpect(status().isUnprocessableContent())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("图片")));
        photo(scanId, new MockMultipartFile("photo", "empty.jpg", "image/jpeg", new byte[0]), signedIn("guard"))
            .andExpect(status().isUnprocessableContent());
        photo(scanId, new MockMultipartFile("photo", "huge.jpg", "image/jpeg", new byte[20 * 1024 * 1024 + 1]), signedIn("guard"))
            .andExpect(status().is4xxClientError());
        mvc.perform(multipart("/patrol/my/scans/{id}/photo", scanId).with(signedIn("guard")).with(csrf()))
            .andExpect(status().isUnprocessableContent());
        assertThat(documents.attachmentsOf(ScanPhotos.OWNER_TYPE, scanId)).isEmpty();
    }

    @Test
    void thePhoneUploadNeedsTheSessionsCsrfToken() throws Exception {
        String scanId = scan();
        mvc.perform(multipart("/patrol/my/scans/{id}/photo", scanId).file(jpeg()).with(signedIn("guard")))
            .andExpect(status().isForbidden());
        assertThat(documents.attachmentsOf(ScanPhotos.OWNER_TYPE, scanId)).isEmpty();
    }

    private String scan() throws Exception {
        var gate = fixtures.checkpoint("S101", "北门岗亭");
        String scanId = UUID.randomUUID().toString();
        mvc.perform(post("/api/v1/patrol/scans").with(signedIn("guard")).contentType(MediaType.APPLICATION_JSON)
                .content(ScanApiControllerIntegrationTests.batch(Instant.now(),
                        ScanApiControllerIntegrationTests.item(scanId, gate.getCode(), Instant.now().minusSeconds(60)))))
            .andExpect(jsonPath("$.accepted").value(1));
        return scanId;
    }

    private ResultActions photo(String scanId, MockMultipartFile file, RequestPostProcessor who) throws Exception {
        return mvc.perform(multipart("/patrol/my/scans/{id}/photo", scanId).file(file).with(who).with(csrf())
            .header("Accept-Language", "en"));
    }

    private RequestPostProcessor signedIn(String username) {
        return user(users.loadUserByUsername(username));
    }

    static MockMultipartFile jpeg() throws IOException {
        var image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 4, 0xff8800);
        var bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", bytes);
        return new MockMultipartFile("photo", "scan.jpg", "image/jpeg", bytes.toByteArray());
    }

}
