package org.garrison.longjobs.web;

import static org.garrison.platform.security.TestPrincipals.withPermissions;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.List;

import org.garrison.longjobs.JobId;
import org.garrison.longjobs.JobView;
import org.garrison.longjobs.LongJobStatus;
import org.garrison.longjobs.LongJobs;
import org.garrison.longjobs.internal.ExportClientsJob;
import org.garrison.organisation.OrganisationPermissions;
import org.garrison.platform.security.WebSliceTest;
import org.garrison.shared.DomainException;
import org.garrison.shared.NotFoundException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest
class JobControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    LongJobs jobs;

    @Autowired
    ExportClientsJob exportClients;

    @Test
    void anonymousVisitorsAreSentToSignIn() throws Exception {
        mvc.perform(get("/jobs")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/jobs/7/result")).andExpect(status().is3xxRedirection());
        verifyNoInteractions(jobs);
    }

    @Test
    void everySignedInUserSeesTheirJobsWithTheExportButtonOnlyWhenTheyMayViewClients() throws Exception {
        when(jobs.mine()).thenReturn(List.of(job(LongJobStatus.RUNNING)));

        mvc.perform(get("/jobs").with(withPermissions()))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("客户名册导出")))
            .andExpect(content().string(not(containsString("/jobs/exports/clients"))));
        mvc.perform(get("/jobs").with(withPermissions(OrganisationPermissions.CLIENTS_VIEW)))
            .andExpect(content().string(containsString("/jobs/exports/clients")));
    }

    @Test
    void aRunningJobPollsItsProgressAndAFinishedOneDoesNot() throws Exception {
        when(jobs.get(new JobId(7))).thenReturn(job(LongJobStatus.RUNNING));
        mvc.perform(get("/jobs/7/progress").with(withPermissions()))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("hx-trigger=\"every 1s\"")))
            .andExpect(content().string(containsString("/jobs/7/cancel")));

        when(jobs.get(new JobId(7))).thenReturn(job(LongJobStatus.FAILED));
        mvc.perform(get("/jobs/7").with(withPermissions()))
            .andExpect(status().isOk())
            .andExpect(content().string(not(containsString("/jobs/7/progress"))))
            .andExpect(content().string(containsString("数据库不可用")));
    }

    @Test
    void someoneElsesJobIsNotFound() throws Exception {
        when(jobs.get(any())).thenThrow(new NotFoundException("entity.longJob", 9));

        mvc.perform(get("/jobs/9").with(withPermissions())).andExpect(status().isNotFound());
    }

    @Test
    void theResultIsDownloadedAsAnAttachment() throws Exception {
        when(jobs.result(new JobId(7))).thenReturn(new LongJobs.ResultFile("客户名册.xlsx", "text/plain", 2,
                () -> new ByteArrayInputStream("ok".getBytes())));

        mvc.perform(get("/jobs/7/result").with(withPermissions()))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Disposition", containsString("attachment")))
            .andExpect(content().string("ok"));
    }

    @Test
    void exportingClientsNeedsThePermissionAndLeadsToTheJob() throws Exception {
        mvc.perform(post("/jobs/exports/clients").with(withPermissions()).with(csrf())).andExpect(status().isForbidden());
        verifyNoInteractions(exportClients);

        when(exportClients.start()).thenReturn(12L);
        mvc.perform(post("/jobs/exports/clients").with(withPermissions(OrganisationPermissions.CLIENTS_VIEW)).with(csrf()))
            .andExpect(redirectedUrl("/jobs/12"));
    }

    @Test
    void cancellingAFinishedJobSaysSo() throws Exception {
        doThrow(new DomainException("longjobs.error.notRunning")).when(jobs).cancel(new JobId(7));

        mvc.perform(post("/jobs/7/cancel").with(withPermissions()).with(csrf())).andExpect(redirectedUrl("/jobs/7"));
        verify(jobs).cancel(new JobId(7));
    }

    static JobView job(LongJobStatus status) {
        boolean failed = status == LongJobStatus.FAILED;
        return new JobView(7, ExportClientsJob.KIND, "客户名册导出", status, 3, 10, null, failed ? "数据库不可用" : null, null,
                Instant.parse("2026-11-21T08:00:00Z"), null, status.isFinished() ? Instant.parse("2026-11-21T08:01:00Z") : null,
                null, null, null);
    }

}
