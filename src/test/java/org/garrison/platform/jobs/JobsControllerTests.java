package org.garrison.platform.jobs;

import static org.garrison.platform.security.TestPrincipals.withPermissions;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
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
import org.garrison.shared.RunSummary;
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

        public RunSummary run() {
            return RunSummary.of("job.test.job.summary");
        }
    };

    @BeforeEach
    void jobs() {
        when(scheduler.jobs()).thenReturn(List.of(job));
        when(scheduler.job("test.job")).thenReturn(Optional.of(job));
        when(scheduler.node()).thenReturn("node-a");
        when(runs.latest(100)).thenReturn(List.of(new JobRuns.Run(1, "test.job", "node-b", Instant.now(), Instant.now(), "DONE", "ran", null)));
    }

    @Test
    void jobsAndWhatTheirRunsDidReadInTheReadersLanguage() throws Exception {
        when(scheduler.jobs()).thenReturn(List.of(job, named("patrols.sweep")));
        when(runs.latest(100)).thenReturn(List.of(
                new JobRuns.Run(2, "patrols.sweep", "node-b", Instant.now(), Instant.now(), "DONE", null,
                        RunSummary.of("job.patrols.sweep.summary", 3, 1)),
                new JobRuns.Run(3, "sla.sweep", "node-b", Instant.now(), null, "RUNNING", null, null),
                new JobRuns.Run(1, "contracts.expiry", "node-b", Instant.now(), Instant.now(), "DONE",
                        "0 contracts expired, 0 expiry reminders", null)));

        mvc.perform(get("/admin/jobs").with(withPermissions(PlatformPermissions.SYSTEM_MONITOR)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("巡逻排班与到时关闭")))
            .andExpect(content().string(containsString("排定巡逻 3 次，关闭时告警 1 次")))
            .andExpect(content().string(containsString("时限预警与超时检查")))
            .andExpect(content().string(containsString("运行中")))
            .andExpect(content().string(containsString("完成")))
            .andExpect(content().string(containsString("0 contracts expired, 0 expiry reminders")))
            .andExpect(content().string(not(containsString("planned"))))
            .andExpect(content().string(not(containsString(">DONE<"))));
        mvc.perform(get("/admin/jobs").param("lang", "en").with(withPermissions(PlatformPermissions.SYSTEM_MONITOR)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Plan and close patrol tours")))
            .andExpect(content().string(containsString("Tours planned: 3; closed with an alert: 1")))
            .andExpect(content().string(containsString("SLA warnings and breaches")))
            .andExpect(content().string(containsString("Running")));
    }

    @Test
    void aJobNoModuleNamesIsShownByItsCode() throws Exception {
        mvc.perform(get("/admin/jobs").with(withPermissions(PlatformPermissions.SYSTEM_MONITOR)))
            .andExpect(status().isOk())
            .andExpect(content().string(not(containsString("??job.test.job"))))
            .andExpect(content().string(containsString(">test.job<")));
    }

    private static ClusterJob named(String name) {
        return new ClusterJob() {
            public String name() {
                return name;
            }

            public String cron() {
                return "0 * * * * *";
            }

            public RunSummary run() {
                return RunSummary.of("job." + name + ".summary", 0, 0);
            }
        };
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
