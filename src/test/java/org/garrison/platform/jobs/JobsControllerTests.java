package org.garrison.platform.jobs;

import static org.garrison.platform.security.TestPrincipals.withPermissions;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.garrison.audit.AuditPermissions;
import org.garrison.identity.IdentityPermissions;
import org.garrison.organisation.OrganisationPermissions;
import org.garrison.platform.PlatformPermissions;
import org.garrison.platform.security.WebSliceTest;
import org.garrison.shared.ClusterJob;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest
class JobsControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ClusterScheduler scheduler;

    @Autowired
    JobRuns runs;

    private final ClusterJob job = new ClusterJob() {
        public String name() {
            return "test.job";
        }

        public String cron() {
            return "0 0 * * * *";
        }

        public String run() {
            return "ran";
        }
    };

    @BeforeEach
    void jobs() {
        when(scheduler.jobs()).thenReturn(List.of(job));
        when(scheduler.job("test.job")).thenReturn(Optional.of(job));
        when(scheduler.node()).thenReturn("node-a");
        when(runs.latest(100)).thenReturn(List.of(new JobRuns.Run(1, "test.job", "node-b", Instant.now(), Instant.now(), "DONE", "ran")));
    }

    @Test
    void monitorSeesJobsAndTheRunsOfEveryNode() throws Exception {
        mvc.perform(get("/admin/jobs").with(withPermissions(PlatformPermissions.SYSTEM_MONITOR)))
            .andExpect(status().isOk())
            .andExpect(content().string(org.hamcrest.Matchers.containsString("test.job")))
            .andExpect(content().string(org.hamcrest.Matchers.containsString("node-b")));
    }

    @Test
    void monitorRunsAJobNowOrHearsItIsBusyElsewhere() throws Exception {
        when(scheduler.runIfFree(any())).thenReturn(true);
        mvc.perform(post("/admin/jobs/test.job/run").with(withPermissions(PlatformPermissions.SYSTEM_MONITOR)).with(csrf()))
            .andExpect(redirectedUrl("/admin/jobs"))
            .andExpect(flash().attribute("flash", "jobs.ranNow"));
        when(scheduler.runIfFree(any())).thenReturn(false);
        mvc.perform(post("/admin/jobs/test.job/run").with(withPermissions(PlatformPermissions.SYSTEM_MONITOR)).with(csrf()))
            .andExpect(flash().attribute("flash", "jobs.busy"));
    }

    @Test
    void unknownJobIsNotFound() throws Exception {
        mvc.perform(post("/admin/jobs/nope/run").with(withPermissions(PlatformPermissions.SYSTEM_MONITOR)).with(csrf()))
            .andExpect(status().isNotFound());
    }

    @Test
    void usersWithoutMonitorPermissionAreRefusedAndNothingRuns() throws Exception {
        mvc.perform(get("/admin/jobs").with(withPermissions(OrganisationPermissions.ORG_VIEW, AuditPermissions.AUDIT_VIEW)))
            .andExpect(status().isForbidden());
        mvc.perform(post("/admin/jobs/test.job/run").with(withPermissions(IdentityPermissions.USERS_MANAGE)).with(csrf()))
            .andExpect(status().isForbidden());
        verify(scheduler, never()).runIfFree(any());
    }

    @Test
    void anonymousIsSentToSignInAndPostWithoutCsrfIsRefused() throws Exception {
        mvc.perform(get("/admin/jobs")).andExpect(redirectedUrl("/login"));
        mvc.perform(post("/admin/jobs/test.job/run").with(withPermissions(PlatformPermissions.SYSTEM_MONITOR)))
            .andExpect(status().isForbidden());
        verify(scheduler, never()).runIfFree(any());
    }

}
