package org.garrison.patrols.web;

import static org.garrison.platform.security.TestPrincipals.as;
import static org.garrison.platform.security.TestPrincipals.withPermissions;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.garrison.longjobs.JobId;
import org.garrison.longjobs.JobView;
import org.garrison.longjobs.LongJobStatus;
import org.garrison.longjobs.LongJobs;
import org.garrison.organisation.OrganisationPermissions;
import org.garrison.patrols.PatrolPermissions;
import org.garrison.patrols.RateGrouping;
import org.garrison.patrols.internal.ExportRatesJob;
import org.garrison.patrols.internal.LabelSheet;
import org.garrison.platform.security.WebSliceTest;
import org.garrison.shared.DomainException;
import org.garrison.shared.NotFoundException;
import org.garrison.shared.ScopeLevel;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The label sheet and the completion-rate export over the API: who may have them, and the refusals. */
@WebSliceTest
class PatrolFilesApiControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    LabelSheet labels;

    @Autowired
    ExportRatesJob export;

    @Autowired
    LongJobs jobs;

    @Test
    void aTeamLeaderGetsTheLabelsOfChosenCheckpointsAsAPdf() throws Exception {
        when(labels.pdf(any(), eq(List.of(2L, 1L)), eq("巡更点标签"))).thenReturn("%PDF-1.7".getBytes());
        mvc.perform(get("/api/v1/patrol/checkpoints/labels.pdf").param("ids", "2", "1").header("Accept-Language", "zh-CN")
            .with(as(ScopeLevel.SITE, 101L, PatrolPermissions.PATROL_CONFIGURE)))
            .andExpect(status().isOk())
            .andExpect(content().contentType(MediaType.APPLICATION_PDF))
            .andExpect(header().string("Content-Disposition", "inline; filename=\"checkpoint-labels.pdf\""))
            .andExpect(content().bytes("%PDF-1.7".getBytes()));
    }

    @Test
    void labelsOfNoneOrOfAnotherSiteOrOfBadIdsAreRefusedInTheCallersLanguage() throws Exception {
        var leader = as(ScopeLevel.SITE, 101L, PatrolPermissions.PATROL_CONFIGURE);
        when(labels.pdf(any(), eq(List.of()), anyString())).thenThrow(new DomainException("patrol.labels.noneChosen"));
        mvc.perform(get("/api/v1/patrol/checkpoints/labels.pdf").header("Accept-Language", "zh-CN").with(leader))
            .andExpect(status().isUnprocessableContent())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.detail").value("请至少选择一个在用的巡更点再打印标签。"));
        when(labels.pdf(any(), eq(List.of(9L)), anyString())).thenThrow(new NotFoundException("patrol.checkpoint", 9L));
        mvc.perform(get("/api/v1/patrol/checkpoints/labels.pdf").param("ids", "9").header("Accept-Language", "zh-CN")
            .with(leader))
            .andExpect(status().isNotFound())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.detail").value("巡更点 9 不存在或不在您的数据范围内。"));
        mvc.perform(get("/api/v1/patrol/checkpoints/labels.pdf").param("ids", "gate").header("Accept-Language", "zh-CN")
            .with(leader))
            .andExpect(status().isBadRequest())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.detail").exists());
    }

    @Test
    void onlyThoseWhoSetUpToursPrintLabels() throws Exception {
        mvc.perform(get("/api/v1/patrol/checkpoints/labels.pdf").param("ids", "1")
            .with(withPermissions(PatrolPermissions.PATROL_MONITOR)))
            .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/patrol/checkpoints/labels.pdf").param("ids", "1")
            .with(as(ScopeLevel.CLIENT, 3L, OrganisationPermissions.ORG_VIEW)))
            .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/patrol/checkpoints/labels.pdf").param("ids", "1")).andExpect(status().isUnauthorized());
        verifyNoInteractions(labels);
    }

    @Test
    void aSupervisorStartsTheRatesExportAndIsAnsweredWithTheJob() throws Exception {
        when(export.start(RateGrouping.GUARD, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30))).thenReturn(77L);
        when(jobs.get(new JobId(77))).thenReturn(new JobView(77, "patrols.rates.export", "巡逻到位率 2026-11-01 至 2026-11-30",
                LongJobStatus.QUEUED, 0, 0, null, null, null, Instant.parse("2026-12-07T02:30:00Z"), null, null, null, null,
                null));
        mvc.perform(post("/api/v1/patrol/rates/exports").param("from", "2026-11-01").param("to", "2026-11-30")
            .param("by", "GUARD").with(as(ScopeLevel.BRANCH, 1L, PatrolPermissions.PATROL_MONITOR)))
            .andExpect(status().isAccepted())
            .andExpect(header().string("Location", "/api/v1/jobs/77"))
            .andExpect(jsonPath("$.id").value(77))
            .andExpect(jsonPath("$.status").value("QUEUED"));
    }

    @Test
    void aRatesExportWithoutAPeriodOrWithABadOneIsRefused() throws Exception {
        var supervisor = withPermissions(PatrolPermissions.PATROL_MONITOR);
        mvc.perform(post("/api/v1/patrol/rates/exports").param("to", "2026-11-30").header("Accept-Language", "zh-CN")
            .with(supervisor))
            .andExpect(status().isBadRequest())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/v1/patrol/rates/exports").param("from", "2026-11-01").param("to", "2026-11-30")
            .param("by", "TEAM").with(supervisor))
            .andExpect(status().isBadRequest());
        when(export.start(any(), eq(LocalDate.of(2026, 11, 30)), eq(LocalDate.of(2026, 11, 1))))
            .thenThrow(new DomainException("patrol.rates.periodInvalid"));
        mvc.perform(post("/api/v1/patrol/rates/exports").param("from", "2026-11-30").param("to", "2026-11-01")
            .header("Accept-Language", "zh-CN").with(supervisor))
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.detail").value("统计期间的结束日不得早于开始日，且最长一年。"));
    }

    @Test
    void onlyThoseWhoWatchToursExportRates() throws Exception {
        mvc.perform(post("/api/v1/patrol/rates/exports").param("from", "2026-11-01").param("to", "2026-11-30")
            .with(withPermissions(PatrolPermissions.PATROL_CONFIGURE)))
            .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/patrol/rates/exports").param("from", "2026-11-01").param("to", "2026-11-30")
            .with(as(ScopeLevel.OWN, 101L, PatrolPermissions.PATROL_SCAN)))
            .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/patrol/rates/exports").param("from", "2026-11-01").param("to", "2026-11-30"))
            .andExpect(status().isUnauthorized());
        verify(export, never()).start(any(), any(), any());
    }

}
