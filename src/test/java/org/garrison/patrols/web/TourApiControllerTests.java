package org.garrison.patrols.web;

import static org.garrison.platform.security.TestPrincipals.as;
import static org.garrison.platform.security.TestPrincipals.withPermissions;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.garrison.patrols.CompletionRate;
import org.garrison.patrols.PatrolManagement;
import org.garrison.patrols.PatrolPermissions;
import org.garrison.patrols.RateGrouping;
import org.garrison.patrols.RateIndicator;
import org.garrison.patrols.RateRow;
import org.garrison.patrols.TrendPoint;
import org.garrison.patrols.internal.FlagState;
import org.garrison.patrols.internal.PointOutcome;
import org.garrison.patrols.internal.ScanFlag;
import org.garrison.patrols.internal.TourAlerts;
import org.garrison.patrols.internal.TourBoard;
import org.garrison.patrols.internal.TourCheckpoints;
import org.garrison.patrols.internal.TourBoard.BoardStatus;
import org.garrison.patrols.internal.TourScans;
import org.garrison.platform.security.WebSliceTest;
import org.garrison.shared.DomainException;
import org.garrison.shared.NotFoundException;
import org.garrison.shared.ScopeLevel;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Tours, their scans and completion rates over the API: who may watch, filters, refusals. */
@WebSliceTest
class TourApiControllerTests {

    static final Instant START = Instant.parse("2026-12-06T12:00:00Z");

    @Autowired
    MockMvc mvc;

    @Autowired
    TourBoard board;

    @Autowired
    TourCheckpoints points;

    @Autowired
    TourAlerts alerts;

    @Autowired
    TourScans scans;

    @Autowired
    PatrolManagement patrols;

    @Test
    void aSupervisorListsADaysToursByStatusAndReadsOneWithItsScansAndFlags() throws Exception {
        var late = row(7, BoardStatus.LATE, true);
        when(board.day(any(), eq(LocalDate.of(2026, 12, 6)), eq(new TourBoard.TourFilter(101L, BoardStatus.LATE, null)),
                eq(PageRequest.of(0, 20)))).thenReturn(new PageImpl<>(List.of(late), PageRequest.of(0, 20), 1));
        when(board.tour(any(), eq(7L))).thenReturn(late);
        when(points.of(any(), eq(7L))).thenReturn(List.of(new TourCheckpoints.PointRow(1, "CP-GATE", "大门", START.plusSeconds(600),
                PointOutcome.LATE, START.plusSeconds(900), List.of())));
        when(scans.of(any(), eq(7L))).thenReturn(List.of(new TourScans.Scan("s-1", 1, "CP-GATE", 5, START.plusSeconds(900),
                START.plusSeconds(960), "APP", List.of(ScanFlag.FAR_AWAY), null, FlagState.REJECTED, "主管 李强", "相距 400 米",
                START.plusSeconds(3600))));
        var supervisor = as(ScopeLevel.BRANCH, 1L, PatrolPermissions.PATROL_MONITOR);
        mvc.perform(get("/api/v1/patrol/tours").param("day", "2026-12-06").param("siteId", "101").param("status", "LATE")
            .with(supervisor))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.totalElements").value(1))
            .andExpect(jsonPath("$.content[0].awaitingAcknowledgement").value(true))
            .andExpect(jsonPath("$.content[0].windowStart").value("2026-12-06T12:00:00Z"));
        mvc.perform(get("/api/v1/patrol/tours/7").with(supervisor))
            .andExpect(jsonPath("$.points[0].outcome").value("LATE"))
            .andExpect(jsonPath("$.scans[0].flags[0]").value("FAR_AWAY"))
            .andExpect(jsonPath("$.scans[0].reviewState").value("REJECTED"))
            .andExpect(jsonPath("$.scans[0].reviewerName").value("主管 李强"))
            .andExpect(jsonPath("$.scans[0].reviewComment").value("相距 400 米"));
    }

    @Test
    void acknowledgingNeedsACommentAndIsRefusedWhenNotDue() throws Exception {
        mvc.perform(post("/api/v1/patrol/tours/7/acknowledge").with(withPermissions(PatrolPermissions.PATROL_MONITOR))
            .contentType(MediaType.APPLICATION_JSON).content("{\"comment\":\"\"}"))
            .andExpect(status().isBadRequest());
        doThrow(new DomainException("patrol.tour.notClosed", 6L)).when(alerts).acknowledge(any(), eq(6L), anyString());
        mvc.perform(post("/api/v1/patrol/tours/6/acknowledge").with(withPermissions(PatrolPermissions.PATROL_MONITOR))
            .contentType(MediaType.APPLICATION_JSON).content("{\"comment\":\"已核实\"}"))
            .andExpect(status().isUnprocessableContent());
        verify(alerts, never()).acknowledge(any(), eq(7L), anyString());
    }

    @Test
    void ratesArePerSiteOrRouteInPerCentAndTheTrendPerDay() throws Exception {
        when(patrols.completionRates(any(), eq(RateGrouping.ROUTE), eq(LocalDate.of(2026, 11, 1)), eq(LocalDate.of(2026, 11, 30))))
            .thenReturn(List.of(new RateRow(4, "夜巡", new CompletionRate(200, 193, 5, 2)), new RateRow(5, "白班", CompletionRate.NONE)));
        when(patrols.completionTrend(any(), eq(LocalDate.of(2026, 11, 1)), eq(LocalDate.of(2026, 11, 2))))
            .thenReturn(List.of(new TrendPoint(LocalDate.of(2026, 11, 1), new CompletionRate(10, 9, 1, 0))));
        when(patrols.appraisalIndicator()).thenReturn(RateIndicator.PRESENCE);
        mvc.perform(get("/api/v1/patrol/rates").param("from", "2026-11-01").param("to", "2026-11-30").param("by", "ROUTE")
            .with(withPermissions(PatrolPermissions.PATROL_MONITOR)))
            .andExpect(jsonPath("$.content[0].rate").value(96.5))
            .andExpect(jsonPath("$.content[0].presenceRate").value(99.0))
            .andExpect(jsonPath("$.content[0].punctualityRate").value(97.5))
            .andExpect(jsonPath("$.content[0].appraisalRate").value(99.0))
            .andExpect(jsonPath("$.content[0].appraisalIndicator").value("PRESENCE"))
            .andExpect(jsonPath("$.content[1].rate").doesNotExist())
            .andExpect(jsonPath("$.content[1].punctualityRate").doesNotExist());
        mvc.perform(get("/api/v1/patrol/rates/trend").param("from", "2026-11-01").param("to", "2026-11-02")
            .with(withPermissions(PatrolPermissions.PATROL_MONITOR)))
            .andExpect(jsonPath("$[0].rate").value(90.0));
        when(patrols.completionRates(any(), any(), eq(LocalDate.of(2026, 11, 30)), eq(LocalDate.of(2026, 11, 1))))
            .thenThrow(new DomainException("patrol.rates.periodInvalid"));
        mvc.perform(get("/api/v1/patrol/rates").param("from", "2026-11-30").param("to", "2026-11-01")
            .with(withPermissions(PatrolPermissions.PATROL_MONITOR)))
            .andExpect(status().isUnprocessableContent());
    }

    @Test
    void aTourOutOfScopeIsNotFoundAndGuardsAndConfiguratorsMayNotWatch() throws Exception {
        when(board.tour(any(), eq(9L))).thenThrow(new NotFoundException("patrol.tour", 9));
        mvc.perform(get("/api/v1/patrol/tours/9").with(withPermissions(PatrolPermissions.PATROL_MONITOR)))
            .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/patrol/tours").with(as(ScopeLevel.OWN, 101L, PatrolPermissions.PATROL_SCAN)))
            .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/patrol/rates").with(withPermissions(PatrolPermissions.PATROL_CONFIGURE)))
            .andExpect(status().isForbidden());
        verify(patrols, never()).completionRates(any(), any(), any(), any());
        verify(scans, never()).of(any(), anyLong());
    }

    static TourBoard.Row row(long id, BoardStatus status, boolean awaiting) {
        return new TourBoard.Row(id, 101, "夜巡", null, "张伟", START, START.plusSeconds(2700), status, 6, 6, 5, 1, 0, 0, 0,
                awaiting);
    }

}
