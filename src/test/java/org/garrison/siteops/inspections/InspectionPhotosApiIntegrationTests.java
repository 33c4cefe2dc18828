package org.garrison.siteops.inspections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.garrison.documents.DocumentsManagement;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.SiteId;
import org.garrison.testsupport.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Photos of a recorded inspection over the API, as the inspection page keeps them: added by those who record on
 * site, a failed item's photo with its hazard, read by whoever sees the inspection; checked and audited by the
 * documents module; another site's inspection is not found.
 */
@IntegrationTest
class InspectionPhotosApiIntegrationTests {

    private static final byte[] PNG = png();

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    OrganisationManagement organisation;

    @Autowired
    DocumentsManagement documents;

    @Autowired
    JsonMapper json;

    long checklist;

    @BeforeEach
    void checklist() throws Exception {
        checklist = read(mvc.perform(post("/api/v1/siteops/checklists").with(as("ops")).contentType(MediaType.APPLICATION_JSON)
            .content("""
                    {"name": "照片接口检查%s", "category": "FIRE", "items": "灭火器压力正常\\n消防通道畅通", "active": true}
                    """.formatted(UUID.randomUUID().toString().substring(0, 8)))).andExpect(status().isCreated()).andReturn()
            .getResponse().getContentAsString()).get("id").asLong();
    }

    @Test
    void anInspectorAddsPhotosOfTheInspectionAndOfAFailedItemWhichGoWithItsHazard() throws Exception {
        var inspection = inspect("leader", "S101");
        long id = inspection.get("inspection").get("id").asLong();
        long hazard = inspection.get("items").get(1).get("hazardId").asLong();

        mvc.perform(multipart("/api/v1/siteops/inspections/{id}/photos", id).file(png("files", "灭火器.png"))
                .file(png("files", "通道.png")).with(as("leader")))
            .andExpect(status().isCreated())
            .andExpect(header().string("Location", "/api/v1/siteops/inspections/" + id + "/photos"))
            .andExpect(jsonPath("$.length()").value(2))
            .andExpect(jsonPath("$[0].fileName").value("灭火器.png"))
            .andExpect(jsonPath("$[0].hazardId").value(nullValue()));
        mvc.perform(multipart("/api/v1/siteops/inspections/{id}/photos", id).file(png("files", "纸箱.png"))
                .param("item", "2").with(as("leader")))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$[0].hazardId").value(hazard));
        assertThat(documents.attachmentsOf(Inspections.OWNER_TYPE, String.valueOf(id))).hasSize(2);
        assertThat(documents.attachmentsOf(Hazards.ENTITY, String.valueOf(hazard))).hasSize(1);

        var photos = read(mvc.perform(get("/api/v1/siteops/inspections/{id}/photos", id).with(as("ops")))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.length()").value(3))
            .andExpect(jsonPath("$[2].hazardId").value(hazard))
            .andReturn().getResponse().getContentAsString());
        mvc.perform(get(photos.get(2).get("download").asString()).with(as("chairman")))
            .andExpect(status().isOk())
            .andExpect(content().contentType("image/png"))
            .andExpect(content().bytes(PNG));
    }

    @Test
    void viewersMayNotAddClientUsersMayNotReadAndVisitorsMustSignIn() throws Exception {
        long id = inspect("leader", "S101").get("inspection").get("id").asLong();
        mvc.perform(multipart("/api/v1/siteops/inspections/{id}/photos", id).file(png("files", "a.png")).with(as("chairman")))
            .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/siteops/inspections/{id}/photos", id).with(as("chairman"))).andExpect(status().isOk());
        for (String client : new String[] { "client", "client2" }) {
            mvc.perform(get("/api/v1/siteops/inspections/{id}/photos", id).with(as(client))).andExpect(status().isForbidden());
            mvc.perform(multipart("/api/v1/siteops/inspections/{id}/photos", id).file(png("files", "a.png")).with(as(client)))
                .andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/v1/siteops/inspections/{id}/photos", id)).andExpect(status().isUnauthorized());
        mvc.perform(multipart("/api/v1/siteops/inspections/{id}/photos", id).file(png("files", "a.png")))
            .andExpect(status().isUnauthorized());
        assertThat(documents.attachmentsOf(Inspections.OWNER_TYPE, String.valueOf(id))).isEmpty();
    }

    @Test
    void anotherSitesInspectionAndItsPhotosAreNotFound() throws Exception {
        long other = inspect("ops", "S201").get("inspection").get("id").asLong();
        mvc.perform(multipart("/api/v1/siteops/inspections/{id}/photos", other).file(png("files", "园区.png")).with(as("ops")))
            .andExpect(status().isCreated());
        long photo = documents.attachmentsOf(Inspections.OWNER_TYPE, String.valueOf(other)).get(0).id().value();

        mvc.perform(multipart("/api/v1/siteops/inspections/{id}/photos", other).file(png("files", "越权.png")).with(as("leader"))
                .header("Accept-Language", "zh-CN"))
            .andExpect(status().isNotFound())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/siteops/inspections/{id}/photos", other).with(as("leader"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/siteops/inspections/{id}/photos/{photo}", other, photo).with(as("leader")))
            .andExpect(status().isNotFound());
        long own = inspect("leader", "S101").get("inspection").get("id").asLong();
        mvc.perform(get("/api/v1/siteops/inspections/{id}/photos/{photo}", own, photo).with(as("leader")))
            .andExpect(status().isNotFound());
        assertThat(documents.attachmentsOf(Inspections.OWNER_TYPE, String.valueOf(other))).hasSize(1);
    }

    @Test
    void refusedFilesAndUnknownItemsAreAnsweredInTheCallersLanguageAndNothingIsStored() throws Exception {
        long id = inspect("leader", "S101").get("inspection").get("id").asLong();
        mvc.perform(multipart("/api/v1/siteops/inspections/{id}/photos", id).file(png("files", "好.png"))
                .file(new MockMultipartFile("files", "病毒.exe", "application/octet-stream", new byte[] { 1, 2, 3 }))
                .with(as("leader")).header("Accept-Language", "zh-CN"))
            .andExpect(status().isUnprocessableContent())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.detail").value(containsString("不接受文件")));
        mvc.perform(multipart("/api/v1/siteops/inspections/{id}/photos", id).with(as("leader"))
                .header("Accept-Language", "zh-CN"))
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.detail").value("请至少选择一张照片。"));
        mvc.perform(multipart("/api/v1/siteops/inspections/{id}/photos", id).file(png("files", "a.png")).param("item", "9")
                .with(as("leader")).header("Accept-Language", "zh-CN"))
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.detail").value("该检查没有第 9 项。"));
        mvc.perform(multipart("/api/v1/siteops/inspections/{id}/photos", id).file(png("files", "a.png")).param("item", "0")
                .with(as("leader")).header("Accept-Language", "zh-CN"))
            .andExpect(status().isBadRequest())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.detail").value(containsString("请求")));
        mvc.perform(multipart("/api/v1/siteops/inspections/{id}/photos", id)
                .file(new MockMultipartFile("files", "空.png", "image/png", new byte[0])).with(as("leader")))
            .andExpect(status().isUnprocessableContent());
        assertThat(documents.attachmentsOf(Inspections.OWNER_TYPE, String.valueOf(id))).isEmpty();
    }

    /** An inspection of the test's checklist at the site, the second item failed. */
    private JsonNode inspect(String username, String site) throws Exception {
        long siteId = organisation.siteByCode(site).map(SiteId::value).orElseThrow();
        return read(mvc.perform(post("/api/v1/siteops/inspections").with(as(username)).contentType(MediaType.APPLICATION_JSON)
            .content("""
                    {"siteId": %d, "checklistId": %d, "items": [{"outcome": "PASS"}, {"outcome": "FAIL", "note": "通道堆放纸箱"}]}
                    """.formatted(siteId, checklist)))
            .andExpect(status().isCreated())
            .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private JsonNode read(String body) {
        return json.readTree(body);
    }

    private static MockMultipartFile png(String part, String name) {
        return new MockMultipartFile(part, name, "image/png", PNG);
    }

    private static byte[] png() {
        try {
            var out = new ByteArrayOutputStream();
            ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png", out);
            return out.toByteArray();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

}
