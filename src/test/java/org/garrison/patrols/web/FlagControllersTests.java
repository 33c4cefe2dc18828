package org.garrison.patrols.web;

import static org.garrison.platform.security.TestPrincipals.as;
import static org.garrison.platform.security.TestPrincipals.withPermissions;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.patrols.PatrolPermissions;
import org.garrison.patrols.internal.FlagReviews;
import org.garrison.patrols.internal.FlagState;
import org.garrison.patrols.internal.ScanFlag;
import org.garrison.platform.security.WebSliceTest;
import org.garrison.shared.DomainException;
import org.garrison.shared.NotFoundException;
import org.garrison.shared.ScopeLevel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The review of flagged scans, page and API: who may review, the reasons shown, a rejection needs a comment. */
@WebSliceTest
class FlagControllersTests {

    static final FlagReviews.Flag OPEN = new FlagReviews.Flag("scan-1", 101, "CP-VAULT", "金库通道", 13, "保安员 马超",
            Instant.parse("2026-12-07T12:10:00Z"), List.of(ScanFlag.FAR_AWAY, ScanFlag.TOO_FAST), FlagState.OPEN, null, null, null, null);

    static final FlagReviews.Flag REJECTED = new FlagReviews.Flag("scan-1", 101, "CP-VAULT", "金库通道", 13, "保安员 马超",
            OPEN.scannedAt(), OPEN.flags(), FlagState.REJECTED, "未到位", Instant.parse("2026-12-07T12:30:00Z"), 20L, "主管 李强");

    @Autowired
    MockMvc mvc;

    @Autowired
    FlagReviews reviews;

    @Autowired
    OrganisationManagement organisation;

    @BeforeEach
    void data() {
        when(organisation.siteNamesIn(any())).thenReturn(Map.of(101L, "鹏城银行福田支行"));
        when(reviews.list(any(), any(), any(), any())).thenReturn(new PageImpl<>(List.of(OPEN), PageRequest.of(0, 20), 1));
        when(reviews.get(any(), eq("scan-1"))).thenReturn(OPEN);
        when(reviews.get(any(), eq("scan-9"))).thenThrow(new NotFoundException("patrol.scan", "scan-9"));
    }

    @Test
    void aSupervisorSeesTheOpenFlagsWithTheirReasons() throws Exception {
        mvc.perform(get("/patrol/flags").with(as(ScopeLevel.BRANCH, 1L, PatrolPermissions.PATROL_REVIEW_FLAGS)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("data-scan=\"scan-1\"")))
            .andExpect(content().string(containsString("离巡更点太远")))
            .andExpect(content().string(containsString("与上一巡更点间隔过短")))
            .andExpect(content().string(containsString("保安员 马超")))
            .andExpect(content().string(not(containsString("FAR_AWAY"))));
        verify(reviews).list(any(), eq(FlagState.OPEN), isNull(), any());
        mvc.perform(get("/patrol/flags/scan-1").with(withPermissions(PatrolPermissions.PATROL_REVIEW_FLAGS)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("id=\"review-form\"")));
    }

    @Test
    void rejectingNeedsACommentAndAcceptingDoesNot() throws Exception {
        doThrow(new DomainException("patrol.flag.commentRequired")).when(reviews).reject(any(), eq("scan-1"), eq(""));
        mvc.perform(post("/patrol/flags/scan-1/reject").with(withPermissions(PatrolPermissions.PATROL_REVIEW_FLAGS))
                .with(csrf()).param("comment", ""))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("驳回时请填写原因。")))
            .andExpect(content().string(containsString("is-invalid")));
        mvc.perform(post("/patrol/flags/scan-1/reject").with(withPermissions(PatrolPermissions.PATROL_REVIEW_FLAGS))
                .with(csrf()).param("comment", "未到位"))
            .andExpect(redirectedUrl("/patrol/flags"));
        verify(reviews).reject(any(), eq("scan-1"), eq("未到位"));
        mvc.perform(post("/patrol/flags/scan-1/accept").with(withPermissions(PatrolPermissions.PATROL_REVIEW_FLAGS))
                .with(csrf()).param("comment", ""))
            .andExpect(redirectedUrl("/patrol/flags"));
    }

    @Test
    void aDecidedFlagShowsWhoDecidedAndMayBeChangedOnlyWithAComment() throws Exception {
        when(reviews.get(any(), eq("scan-1"))).thenReturn(REJECTED);
        mvc.perform(get("/patrol/flags/scan-1").with(withPermissions(PatrolPermissions.PATROL_REVIEW_FLAGS)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("主管 李强")))
            .andExpect(content().string(containsString("改为认可")))
            .andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"reject\""))));
        doThrow(new DomainException("patrol.flag.changeNeedsComment")).when(reviews).accept(any(), eq("scan-1"), any());
        mvc.perform(post("/patrol/flags/scan-1/accept").with(withPermissions(PatrolPermissions.PATROL_REVIEW_FLAGS))
                .with(csrf()).param("comment", ""))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("改变核查结论时请填写原因。")))
            .andExpect(content().string(containsString("is-invalid")));
        mvc.perform(post("/api/v1/patrol/flags/scan-1/accept").with(withPermissions(PatrolPermissions.PATROL_REVIEW_FLAGS))
                .contentType(MediaType.APPLICATION_JSON).content("{}"))
            .andExpect(status().isUnprocessableContent());
    }

    @Test
    void onlyReviewersReachTheFlagsAndAnotherSitesFlagIsNotFound() throws Exception {
        mvc.perform(get("/patrol/flags").with(withPermissions(PatrolPermissions.PATROL_MONITOR))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/patrol/flags").with(withPermissions(PatrolPermissions.PATROL_SCAN)))
            .andExpect(status().isForbidden());
        mvc.perform(post("/patrol/flags/scan-1/reject").with(withPermissions(PatrolPermissions.PATROL_SCAN)).with(csrf())
                .param("comment", "x"))
            .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/patrol/flags")).andExpect(status().isUnauthorized());
        mvc.perform(get("/patrol/flags/scan-9").with(withPermissions(PatrolPermissions.PATROL_REVIEW_FLAGS)))
            .andExpect(status().isNotFound());
        verify(reviews, never()).reject(any(), anyString(), any());
    }

    @Test
    void theApiListsAndReviewsWithReasonsInTheCallersLanguage() throws Exception {
        when(reviews.reject(any(), eq("scan-1"), eq("未到位"))).thenReturn(REJECTED);
        mvc.perform(get("/api/v1/patrol/flags").param("state", "OPEN").header("Accept-Language", "zh-CN")
                .with(withPermissions(PatrolPermissions.PATROL_REVIEW_FLAGS)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.content[0].flags[0]").value("FAR_AWAY"))
            .andExpect(jsonPath("$.content[0].flagReasons[0]").value("离巡更点太远"))
            .andExpect(jsonPath("$.totalElements").value(1));
        mvc.perform(get("/api/v1/patrol/flags").param("size", "0").with(withPermissions(PatrolPermissions.PATROL_REVIEW_FLAGS)))
            .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/patrol/flags/scan-1/reject").with(withPermissions(PatrolPermissions.PATROL_REVIEW_FLAGS))
                .contentType(MediaType.APPLICATION_JSON).content("{\"comment\": \"未到位\"}"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.state").value("REJECTED"));
    }

}
