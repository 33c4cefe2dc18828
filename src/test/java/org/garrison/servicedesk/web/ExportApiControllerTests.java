package org.garrison.servicedesk.web;

import static org.garrison.platform.security.TestPrincipals.withPermissions;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;

import org.garrison.longjobs.JobView;
import org.garrison.longjobs.LongJobStatus;
import org.garrison.longjobs.LongJobs;
import org.garrison.platform.security.WebSliceTest;
import org.garrison.servicedesk.ServiceDeskPermissions;
import org.garrison.servicedesk.internal.ServiceDeskExports;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The export API starts the pages' export jobs and answers 202 with the job and where to follow it. */
@WebSliceTest
class ExportApiControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ServiceDeskExports exports;

    @Autowired
    LongJobs jobs;

    @Test
    void theComplaintExportAnswers202WithTheJob() throws Exception {
        when(exports.startComplaints()).thenReturn(57L);
        when(jobs.get(any())).thenReturn(new JobView(57, "servicedesk.complaints.export", "客户投诉登记表",
                LongJobStatus.QUEUED, 0, 0, null, null, null, Instant.parse("2026-12-07T08:30:00Z"), null, null, null,
                null, null));
        mvc.perform(post("/api/v1/servicedesk/complaints/exports").with(withPermissions(ServiceDeskPermissions.COMPLAINTS_VIEW)))
            .andExpect(status().isAccepted())
            .andExpect(header().string("Location", "/api/v1/jobs/57"))
            .andExpect(jsonPath("$.id").value(57))
            .andExpect(jsonPath("$.status").value("QUEUED"));
    }

    @Test
    void theWhistleBlowingExportIsOnlyForHandlers() throws Exception {
        mvc.perform(post("/api/v1/servicedesk/whistleblowing/exports")
                .with(withPermissions(ServiceDeskPermissions.COMPLAINTS_VIEW, ServiceDeskPermissions.COMPLAINTS_HANDLE)))
            .andExpect(status().isForbidden());
        verify(exports, never()).startWhistleReports();
    }

}
