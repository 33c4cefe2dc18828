package org.garrison.servicedesk.web;

import static org.garrison.platform.security.TestPrincipals.withPermissions;
import static org.mockito.ArgumentMatchers.any;
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

import org.garrison.documents.AttachmentId;
import org.garrison.documents.AttachmentView;
import org.garrison.platform.security.WebSliceTest;
import org.garrison.servicedesk.ServiceDeskPermissions;
import org.garrison.servicedesk.internal.ComplaintAttachments;
import org.garrison.servicedesk.internal.ComplaintAttachments.AttachedFile;
import org.garrison.shared.DomainException;
import org.garrison.shared.NotFoundException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The attachment API hands uploads and downloads to the same rules as the complaint page ({@code ComplaintAttachments}). */
@WebSliceTest
class ComplaintAttachmentApiControllerTests {

    private static final AttachmentView PHOTO = new AttachmentView(new AttachmentId(42), "Complaint", "5", "现场照片.jpg",
            "image/jpeg", 3, true, Instant.parse("2026-12-07T08:20:11Z"), "鹏城银行 林经理");

    @Autowired
    MockMvc mvc;

    @Autowired
    ComplaintAttachments attachments;

    @Test
    void anUploadAnswers201WithTheAttachmentsPath() throws Exception {
        when(attachments.attach(any(), eq(5L), any())).thenReturn(PHOTO);
        mvc.perform(multipart("/api/v1/servicedesk/complaints/5/attachments")
                .file(new MockMultipartFile("file", "现场照片.jpg", "image/jpeg", new byte[] { 1, 2, 3 }))
                .with(withPermissions(ServiceDeskPermissions.COMPLAINTS_VIEW, ServiceDeskPermissions.COMPLAINTS_FILE)))
            .andExpect(status().isCreated())
            .andExpect(header().string("Location", "/api/v1/servicedesk/complaints/5/attachments/42"))
            .andExpect(jsonPath("$.id").value(42))
            .andExpect(jsonPath("$.complaintId").value(5))
            .andExpect(jsonPath("$.uploadedBy").value("鹏城银行 林经理"));
    }

    @Test
    void aDownloadIsStreamedWithItsTypeAndName() throws Exception {
        when(attachments.file(any(), eq(5L), eq(42L)))
            .thenReturn(new AttachedFile(PHOTO, () -> new ByteArrayInputStream(new byte[] { 1, 2, 3 })));
        mvc.perform(get("/api/v1/servicedesk/complaints/5/attachments/42")
                .with(withPermissions(ServiceDeskPermissions.COMPLAINTS_VIEW)))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Type", "image/jpeg"))
            .andExpect(header().string("Content-Disposition",
                    "attachment; filename=\"____.jpg\"; filename*=UTF-8''%E7%8E%B0%E5%9C%BA%E7%85%A7%E7%89%87.jpg"))
            .andExpect(header().string("X-Content-Type-Options", "nosniff"))
            .andExpect(content().bytes(new byte[] { 1, 2, 3 }));
    }

    @Test
    void outOfScopeIsNotFoundAndAClosedComplaintIsRefusedInChinese() throws Exception {
        when(attachments.list(any(), eq(9L))).thenThrow(new NotFoundException("entity.complaint", 9L));
        mvc.perform(get("/api/v1/servicedesk/complaints/9/attachments").with(withPermissions(ServiceDeskPermissions.COMPLAINTS_VIEW)))
            .andExpect(status().isNotFound())
            .andExpect(header().string("Content-Type", "application/problem+json"));
        when(attachments.attach(any(), eq(5L), any()))
            .thenThrow(new DomainException("servicedesk.attachment.complaintClosed", "KS-20261207-005"));
        mvc.perform(multipart("/api/v1/servicedesk/complaints/5/attachments")
                .file(new MockMultipartFile("file", "回访.txt", "text/plain", new byte[] { 1 }))
                .with(withPermissions(ServiceDeskPermissions.COMPLAINTS_VIEW, ServiceDeskPermissions.COMPLAINTS_HANDLE))
                .header("Accept-Language", "zh-CN"))
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.detail").value("投诉 KS-20261207-005 已结案，不能再添加附件。"));
    }

    @Test
    void withoutAFilingHandlingOrInvestigatingPermissionNothingIsAttached() throws Exception {
        mvc.perform(multipart("/api/v1/servicedesk/complaints/5/attachments")
                .file(new MockMultipartFile("file", "批示.txt", "text/plain", new byte[] { 1 }))
                .with(withPermissions(ServiceDeskPermissions.COMPLAINTS_VIEW)))
            .andExpect(status().isForbidden());
        verify(attachments, never()).attach(any(), anyLong(), any());
    }

}
