package org.garrison.patrols.web;

import static org.garrison.platform.security.TestPrincipals.as;
import static org.garrison.platform.security.TestPrincipals.withPermissions;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.garrison.organisation.OrganisationManagement.SiteChoice;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.organisation.OrganisationPermissions;
import org.garrison.patrols.CompletionRate;
import org.garrison.patrols.PatrolManagement;
import org.garrison.patrols.PatrolPermissions;
import org.garrison.patrols.RateGrouping;
import org.garrison.patrols.RateIndicator;
import org.garrison.patrols.RateRow;
import org.garrison.patrols.TrendPoint;
import org.garrison.patrols.internal.AppraisalIndicator;
import org.garrison.patrols.internal.ExportRatesJob;
import org.garrison.patrols.internal.PointOutcome;
import org.garrison.patrols.internal.TourAlerts;
import org.garrison.patrols.internal.TourBoard;
import org.garrison.patrols.internal.TourCheckpoints;
import org.garrison.platform.security.WebSliceTest;
import org.garrison.shared.DomainException;
import org.garrison.shared.NotFoundException;
import org.garrison.shared.ScopeLevel;
import org.garrison.shared.SiteId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The board, a tour's acknowledgement and the completion rates: who may watch, and what they see. */
@WebSliceTest
class MonitoringControllersTests {

    static final Instant START = Instant.parse("2026-11-21T12:00:00Z");

    static final TourBoard.Row MISSED = new TourBoard.Row(12, 101, "夜间内外巡逻", null, "张伟", START,
            START.plusSeconds(3600), TourBoard.BoardStatus.MISSED, 5, 4, 3, 1, 1, 0, 0, true);

    static final TourBoard.Row OF_POST = new TourBoard.Row(13, 101, "营业区岗位巡查", "大门岗", null, START.plusSeconds(7200),
            START.plusSeconds(9000), TourBoard.BoardStatus.UPCOMING, 3, 0, 0, 0, 0, 0, 0, false);

    static final TourBoard.Row WALKING = new TourBoard.Row(14, 101, "夜间内外巡逻", null, "李强", START,
            START.plusSeconds(3600), TourBoard.BoardStatus.IN_PROGRESS, 5, 3, 3, 0, 0, 0, 1, false);

    @Autowired
    MockMvc mvc;

    @Autowired
    TourBoard board;

    @Autowired
    TourCheckpoints points;

    @Autowired
    TourAlerts alerts;

    @Autowired
    OrganisationManagement organisation;

    @Autowired
    PatrolManagement patrols;

    @Autowired
    ExportRatesJob export;

    @Autowired
    AppraisalIndicator indicator;

    @BeforeEach
    void data() {
        when(organisation.siteChoices(any())).thenReturn(List.of(new SiteChoice(new SiteId(101), "S101", "鹏城银行福田支行")));
        when(organisation.siteNamesIn(any())).thenReturn(Map.of(101L, "鹏城银行福田支行"));
        when(board.day(any(), any(), any())).thenReturn(List.of(MISSED));
        when(board.tour(any(), eq(12L))).thenReturn(MISSED);
        when(indicator.current()).thenReturn(RateIndicator.PRESENCE);
        when(points.of(any(), eq(12L))).thenReturn(List.of(new TourCheckpoints.PointRow(1, "CP-GATE", "大门岗亭",
                START.plus(Duration.ofMinutes(15)), PointOutcome.MISSED, null, List.of())));
    }

    @Test
    void aSupervisorSeesTheDaysToursWithCountsAndTheMissedOneToAcknowledge() throws Exception {
        mvc.perform(get("/patrol/board").with(as(ScopeLevel.BRANCH, 1L, PatrolPermissions.PATROL_MONITOR)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("data-tour=\"12\"")))
            .andExpect(content().string(containsString("data-count=\"MISSED\"")))
            .andExpect(content().string(containsString(">漏巡 1</span>")))
            .andExpect(content().string(containsString(">已完成 0</span>")))
            .andExpect(content().string(org.hamcrest.Matchers.not(containsString(" null</span>"))))
            .andExpect(content().string(containsString("hx-trigger=\"every 15s\"")));
        mvc.perform(get("/patrol/board/tours").with(withPermissions(PatrolPermissions.PATROL_MONITOR)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("id=\"board-tours\"")))
            .andExpect(content().string(containsString(">漏巡 1</span>")));
    }

    @Test
    void aTourInProgressShowsItsProgressItsGuardAndItsFlagsWithoutNull() throws Exception {
        when(board.day(any(), any(), any())).thenReturn(List.of(WALKING, OF_POST));
        mvc.perform(get("/patrol/board/tours").with(as(ScopeLevel.SITE, 101L, PatrolPermissions.PATROL_MONITOR)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("class=\"tour-progress fw-semibold\">3/5</span>")))
            .andExpect(content().string(containsString(">李强</td>")))
            .andExpect(content().string(containsString(">标记 1</span>")))
            .andExpect(content().string(containsString(">未指定</td>")))
            .andExpect(content().string(containsString(">进行中 1</span>")))
            .andExpect(content().string(org.hamcrest.Matchers.not(containsString("null"))));
    }

    @Test
    void aPostsTourShowsItsPostOnTheBoardAndOnItsPage() throws Exception {
        when(board.day(any(), any(), any())).thenReturn(List.of(MISSED, OF_POST));
        when(board.tour(any(), eq(13L))).thenReturn(OF_POST);
        mvc.perform(get("/patrol/board").with(as(ScopeLevel.SITE, 101L, PatrolPermissions.PATROL_MONITOR)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("岗位：大门岗")));
        mvc.perform(get("/patrol/tours/13").with(as(ScopeLevel.SITE, 101L, PatrolPermissions.PATROL_MONITOR)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("id=\"tour-post\">岗位：大门岗")))
            .andExpect(content().string(containsString("id=\"tour-guard\">巡逻队员：未指定")))
            .andExpect(content().string(containsString("id=\"tour-progress\">0/3")));
        mvc.perform(get("/patrol/tours/12").with(as(ScopeLevel.SITE, 101L, PatrolPermissions.PATROL_MONITOR)))
            .andExpect(status().isOk())
            .andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"tour-post\""))));
    }

    @Test
    void anAlertIsAcknowledgedWithACommentOnly() throws Exception {
        mvc.perform(post("/patrol/tours/12/acknowledge").with(withPermissions(PatrolPermissions.PATROL_MONITOR)).with(csrf())
            .param("comment", " "))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("is-invalid")));
        verify(alerts, never()).acknowledge(any(), anyLong(), anyString());
        mvc.perform(post("/patrol/tours/12/acknowledge").with(withPermissions(PatrolPermissions.PATROL_MONITOR)).with(csrf())
            .param("comment", "已核实"))
            .andExpect(redirectedUrl("/patrol/tours/12"));
        verify(alerts).acknowledge(any(), eq(12L), eq("已核实"));
        org.mockito.Mockito.doThrow(new DomainException("patrol.tour.alreadyAcknowledged")).when(alerts)
            .acknowledge(any(), eq(12L), eq("再次"));
        mvc.perform(post("/patrol/tours/12/acknowledge").with(withPermissions(PatrolPermissions.PATROL_MONITOR)).with(csrf())
            .param("comment", "再次"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("此巡逻任务的告警已处理")));
    }

    @Test
    void aTourOutsideTheScopeIsNotFound() throws Exception {
        when(board.tour(any(), eq(99L))).thenThrow(new NotFoundException("patrol.tour", 99));
        mvc.perform(get("/patrol/tours/99").with(as(ScopeLevel.SITE, 101L, PatrolPermissions.PATROL_MONITOR)))
            .andExpect(status().isNotFound());
    }

    @Test
    void completionRatesShowTheTableTheChartAndTheExport() throws Exception {
        var rate = new CompletionRate(100, 92, 5, 3);
        when(patrols.completionRates(any(), any(), any(), any())).thenReturn(List.of(new RateRow(101, "鹏城银行福田支行", rate)));
        when(patrols.completionTrend(any(), any(), any())).thenReturn(List.of(new TrendPoint(LocalDate.of(2026, 11, 20), rate)));
        mvc.perform(get("/patrol/rates").with(withPermissions(PatrolPermissions.PATROL_MONITOR)).param("by", "SITE"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("92.0 %")))
            .andExpect(content().string(containsString("97.0 %")))
            .andExpect(content().string(containsString("94.8 %")))
            .andExpect(content().string(containsString("考核采用：到位率")))
            .andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"indicator-form\""))))
            .andExpect(content().string(containsString("/webjars/uplot/")));
        mvc.perform(get("/patrol/rates").with(withPermissions(PatrolPermissions.PATROL_MONITOR, PatrolPermissions.PATROL_CONFIGURE)))
            .andExpect(content().string(containsString("id=\"indicator-form\"")));
        mvc.perform(post("/patrol/rates/indicator").with(withPermissions(PatrolPermissions.PATROL_MONITOR)).with(csrf())
            .param("indicator", "ON_TIME"))
            .andExpect(status().isForbidden());
        mvc.perform(post("/patrol/rates/indicator").with(withPermissions(PatrolPermissions.PATROL_CONFIGURE)).with(csrf())
            .param("indicator", "ON_TIME"))
            .andExpect(redirectedUrl("/patrol/rates"));
        verify(indicator).choose(RateIndicator.ON_TIME);
        mvc.perform(get("/api/v1/patrol/settings/appraisal-indicator").with(withPermissions(PatrolPermissions.PATROL_MONITOR)))
            .andExpect(jsonPath("$.indicator").value("PRESENCE"));
        mvc.perform(put("/api/v1/patrol/settings/appraisal-indicator").with(withPermissions(PatrolPermissions.PATROL_MONITOR))
            .contentType(org.springframework.http.MediaType.APPLICATION_JSON).content("{\"indicator\":\"ON_TIME\"}"))
            .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/patrol/settings/appraisal-indicator").with(withPermissions(PatrolPermissions.PATROL_CONFIGURE))
            .contentType(org.springframework.http.MediaType.APPLICATION_JSON).content("{}"))
            .andExpect(status().isBadRequest());
        mvc.perform(put("/api/v1/patrol/settings/appraisal-indicator").with(withPermissions(PatrolPermissions.PATROL_CONFIGURE))
            .contentType(org.springframework.http.MediaType.APPLICATION_JSON).content("{\"indicator\":\"PRESENCE\"}"))
            .andExpect(status().isOk());
        verify(indicator).choose(RateIndicator.PRESENCE);
        mvc.perform(get("/patrol/rates/trend").with(withPermissions(PatrolPermissions.PATROL_MONITOR))
            .param("from", "2026-11-01").param("to", "2026-11-30"))
            .andExpect(jsonPath("$[0].rate").value(92.0));
        when(export.start(RateGrouping.GUARD, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30))).thenReturn(77L);
        mvc.perform(post("/patrol/rates/export").with(withPermissions(PatrolPermissions.PATROL_MONITOR)).with(csrf())
            .param("from", "2026-11-01").param("to", "2026-11-30").param("by", "GUARD"))
            .andExpect(redirectedUrl("/jobs/77"));
    }

    @Test
    void guardsAndClientsCannotWatchTours() throws Exception {
        mvc.perform(get("/patrol/board").with(as(ScopeLevel.OWN, 101L, PatrolPermissions.PATROL_SCAN))).andExpect(status().isForbidden());
        mvc.perform(get("/patrol/rates").with(as(ScopeLevel.CLIENT, 3L, OrganisationPermissions.ORG_VIEW))).andExpect(status().isForbidden());
        mvc.perform(get("/patrol/rates/trend").with(as(ScopeLevel.CLIENT, 3L, OrganisationPermissions.ORG_VIEW))
            .param("from", "2026-11-01").param("to", "2026-11-30"))
            .andExpect(status().isForbidden());
    }

}
