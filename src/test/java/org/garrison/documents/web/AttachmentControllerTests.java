package org.garrison.documents.web;

import static org.garrison.platform.security.TestPrincipals.withPermissions;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;

import org.garrison.documents.AttachmentId;
import org.garrison.documents.AttachmentView;
import org.garrison.documents.internal.AttachmentAccess;
import org.garrison.documents.internal.Attachments;
import org.garrison.platform.security.WebSliceTest;
import org.garrison.shared.DomainException;
import org.garrison.shared.NotFoundException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest
class AttachmentControllerTests {

    private static final AttachmentView PHOTO = new AttachmentView(new AttachmentId(11), "Incident", "5", "现场.png", "image/png", 4096, true,
            Instant.parse("2026-11-21T02:00:00Z"), "巡逻队长");

    @Autowired
    MockMvc mvc;

    @Autowired
    Attachments attachments;

    @Autowired
    AttachmentAccess access;

    @Test
    void listShowsFilesWithPreviewsAndTheUploadFormToThoseWhoMayAttach() throws Exception {
        when(access.requireVisible(any(), eq("Incident"), eq("5"))).thenReturn(true);
        when(attachments.of("Incident", "5")).thenReturn(List.of(PHOTO));

        mvc.perform(get("/attachments/Incident/5").with(withPermissions()))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("现场.png")))
            .andExpect(content().string(containsString("/attachments/Incident/5/11/thumbnail")))
            .andExpect(content().string(containsString("hx-post=\"/attachments/Incident/5\"")));
    }

    @Test
    void readersWhoMayNotAttachGetNoUploadForm() throws Exception {
        when(access.requireVisible(any(), eq("Incident"), eq("5"))).thenReturn(false);
        when(attachments.of("Incident", "5")).thenReturn(List.of(PHOTO));

        mvc.perform(get("/attachments/Incident/5").with(withPermissions()))
            .andExpect(status().isOk())
            .andExpect(content().string(not(containsString("hx-post"))));
    }

    @Test
    void recordsTheUserMayNotSeeAreNotFound() throws Exception {
        when(access.requireVisible(any(), any(), any())).thenThrow(new NotFoundException("entity.record", "Incident 6"));

        mvc.perform(get("/attachments/Incident/6").with(withPermissions())).andExpect(status().isNotFound());
        mvc.perform(get("/attachments/Incident/6/11").with(withPermissions())).andExpect(status().isNotFound());
        verifyNoInteractions(attachments);
    }

    @Test
    void visitorsAreSentToSignIn() throws Exception {
        mvc.perform(get("/attachments/Incident/5")).andExpect(status().is3xxRedirection());
    }

    @Test
    void uploadAttachesTheFileAndAnswersWithTheList() throws Exception {
        when(attachments.of("Incident", "5")).thenReturn(List.of(PHOTO));

        mvc.perform(multipart("/attachments/Incident/5").file(new MockMultipartFile("file", "现场.png", "image/png", new byte[] { 1 }))
            .with(withPermissions()).with(csrf()))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("现场.png")));

        verify(attachments).attach(eq("Incident"), eq("5"), any());
    }

    @Test
    void uploadToARecordTheUserMayNotChangeIsRefused() throws Exception {
        doThrow(new NotFoundException("entity.record", "Incident 5")).when(access).requireAttachable(any(), any(), any());

        mvc.perform(multipart("/attachments/Incident/5").file(new MockMultipartFile("file", "a.txt", "text/plain", new byte[] { 1 }))
            .with(withPermissions()).with(csrf()))
            .andExpect(status().isNotFound());
        verifyNoInteractions(attachments);
    }

    @Test
    void refusedFileIsExplainedInTheFragment() throws Exception {
        when(attachments.attach(any(), any(), any())).thenThrow(new DomainException("documents.file.typeRefused", "x.exe"));

        mvc.perform(multipart("/attachments/Incident/5").file(new MockMultipartFile("file", "x.exe", "application/octet-stream", new byte[] { 1 }))
            .with(withPermissions()).with(csrf()))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("不接受文件 x.exe")));
    }

    @Test
    void downloadSendsTheAttachment() throws Exception {
        when(attachments.download("Incident", "5", 11, false)).thenReturn(DocumentSamples.pdf());

        mvc.perform(get("/attachments/Incident/5/11").with(withPermissions()))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Disposition", containsString("attachment")));
    }

}
