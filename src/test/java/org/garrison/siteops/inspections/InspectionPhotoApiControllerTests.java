package org.garrison.siteops.inspections;

import static org.garrison.platform.security.TestPrincipals.as;
import static org.garrison.platform.security.TestPrincipals.withPermissions;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.List;

import org.garrison.documents.AttachmentId;
import org.garrison.documents.AttachmentView;
import org.garrison.platform.security.WebSliceTest;
import org.garrison.shared.NotFoundException;
import org.garrison.shared.ScopeLevel;
import org.garrison.siteops.SiteOpsPermissions;
import org.garrison.siteops.inspections.InspectionPhotos.Photo;
import org.garrison.siteops.inspections.InspectionPhotos.PhotoFile;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** An inspection's photos over the API: who may add and read them, a failed item's photo, an inspection not found. */
@WebSliceTest
class InspectionPhotoApiControllerTests {

    static final AttachmentView FILE = new AttachmentView(new AttachmentId(31), Hazards.ENTITY, "17", "通道.png", "image/png",
            3, true, Instant.parse("2026-12-07T02:31:00Z"), "巡查员");

    @Autowired
    MockMvc mvc;

    @Autowired
    InspectionPhotos photos;

    @Test
    void anInspectorAddsAFailedItemsPhotoAndViewersListAndDownloadIt() throws Exception {
        when(photos.attach(any(), eq(5L), eq(2), anyList())).thenReturn(List.of(new Photo(FILE, 17L)));
        mvc.perform(multipart("/api/v1/siteops/inspections/5/photos").file(png()).param("item", "2")
                .with(withPermissions(SiteOpsPermissions.SITEOPS_RECORD)))
            .andExpect(status().isCreated())
            .andExpect(header().string("Location", "/api/v1/siteops/inspections/5/photos"))
            .andExpect(jsonPath("$[0].hazardId").value(17))
            .andExpect(jsonPath("$[0].download").value("/api/v1/siteops/inspections/5/photos/31"));
        when(photos.of(any(), eq(5L))).thenReturn(List.of(new Photo(FILE, 17L)));
        mvc.perform(get("/api/v1/siteops/inspections/5/photos").with(withPermissions(SiteOpsPermissions.SITEOPS_VIEW)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$[0].fileName").value("通道.png"));
        when(photos.open(any(), eq(5L), eq(31L))).thenReturn(new PhotoFile(FILE, new ByteArrayInputStream(new byte[] { 1, 2, 3 })));
        mvc.perform(get("/api/v1/siteops/inspections/5/photos/31").with(withPermissions(SiteOpsPermissions.SITEOPS_VIEW)))
            .andExpect(status().isOk())
            .andExpect(content().contentType("image/png"))
            .andExpect(content().bytes(new byte[] { 1, 2, 3 }));
    }

    @Test
    void viewersMayNotAddClientsMayNotReadAndAnInspectionOutsideTheScopeIsNotFound() throws Exception {
        mvc.perform(multipart("/api/v1/siteops/inspections/5/photos").file(png()).with(withPermissions(SiteOpsPermissions.SITEOPS_VIEW)))
            .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/siteops/inspections/5/photos").with(as(ScopeLevel.CLIENT, 7L, SiteOpsPermissions.CLIENT_INCIDENTS_VIEW)))
            .andExpect(status().isForbidden());
        when(photos.of(any(), eq(9L))).thenThrow(new NotFoundException("entity.inspection", 9));
        mvc.perform(get("/api/v1/siteops/inspections/9/photos").with(withPermissions(SiteOpsPermissions.SITEOPS_VIEW)))
            .andExpect(status().isNotFound());
        mvc.perform(multipart("/api/v1/siteops/inspections/5/photos").file(png()).param("item", "0")
                .with(withPermissions(SiteOpsPermissions.SITEOPS_RECORD)))
            .andExpect(status().isBadRequest());
        verify(photos, never()).attach(any(), anyLong(), any(), anyList());
    }

    private static MockMultipartFile png() {
        return new MockMultipartFile("files", "通道.png", "image/png", new byte[] { 1, 2, 3 });
    }

}
