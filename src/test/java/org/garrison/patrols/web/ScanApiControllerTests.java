package org.garrison.patrols.web;

import static org.garrison.platform.security.TestPrincipals.as;
import static org.garrison.platform.security.TestPrincipals.withPermissions;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.garrison.organisation.OrganisationManagement.SiteChoice;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.patrols.PatrolPermissions;
import org.garrison.patrols.internal.ScanFlag;
import org.garrison.patrols.internal.ScanIngest;
import org.garrison.patrols.internal.ScanPhotos;
import org.garrison.platform.security.WebSliceTest;
import org.garrison.shared.ScopeLevel;
import org.garrison.shared.SiteId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest
class ScanApiControllerTests {

    static final String BODY = "{\"deviceSentAt\":\"2026-11-21T22:41:05+08:00\",\"scans\":[{\"scanId\":\"a-1\","
            + "\"checkpointCode\":\"CP-1\",\"scannedAt\":\"2026-11-21T22:40:00+08:00\"},{\"scanId\":\"a-2\"}]}";

    @Autowired
    MockMvc mvc;

    @Autowired
    ScanIngest ingest;

    @Autowired
    OrganisationManagement organisation;

    @Autowired
    ScanPhotos photos;

    @Test
    void aGuardGetsAnAnswerPerScanInTheirLanguage() throws Exception {
        when(organisation.siteChoices(any())).thenReturn(List.of(new SiteChoice(new SiteId(101), "S101", "鹏城银行福田支行")));
        when(organisation.siteNamesIn(any())).thenReturn(Map.of(101L, "鹏城银行福田支行"));
        when(ingest.ingest(any())).thenReturn(List.of(
                new ScanIngest.Result("a-1", ScanIngest.Outcome.ACCEPTED, null, List.of(), Set.of(ScanFlag.TOO_FAST)),
                new ScanIngest.Result("a-2", ScanIngest.Outcome.REJECTED, "patrol.scan.codeMissing", List.of(), Set.of())));
        mvc.perform(post("/api/v1/patrol/scans").with(as(ScopeLevel.OWN, 101L, PatrolPermissions.PATROL_SCAN))
            .header("Accept-Language", "zh-CN").contentType(MediaType.APPLICATION_JSON).content(BODY))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.accepted").value(1))
            .andExpect(jsonPath("$.rejected").value(1))
            .andExpect(jsonPath("$.results[0].flags[0]").value("TOO_FAST"))
            .andExpect(jsonPath("$.results[1].reason").value("打卡记录未注明巡更点。"));
    }

    @Test
    void callersWithoutThePermissionAreRefused() throws Exception {
        mvc.perform(post("/api/v1/patrol/scans").with(withPermissions(PatrolPermissions.PATROL_MONITOR))
            .contentType(MediaType.APPLICATION_JSON).content(BODY))
            .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/patrol/scans").contentType(MediaType.APPLICATION_JSON).content(BODY))
            .andExpect(status().isUnauthorized())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        verify(ingest, never()).ingest(any());
    }

    @Test
    void aBodyThatIsNoBatchIsABadRequest() throws Exception {
        mvc.perform(post("/api/v1/patrol/scans").with(withPermissions(PatrolPermissions.PATROL_SCAN))
            .contentType(MediaType.APPLICATION_JSON).content("[1, 2"))
            .andExpect(status().isBadRequest())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/v1/patrol/scans").with(withPermissions(PatrolPermissions.PATROL_SCAN))
            .contentType(MediaType.APPLICATION_JSON).content("{\"deviceSentAt\":\"soon\",\"scans\":[{}]}"))
            .andExpect(status().isUnprocessableContent());
        verify(ingest, never()).ingest(any());
    }

}
