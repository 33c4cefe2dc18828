package org.garrison.patrols.web;

import static org.garrison.platform.security.TestPrincipals.as;
import static org.garrison.platform.security.TestPrincipals.withPermissions;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.garrison.patrols.PatrolPermissions;
import org.garrison.patrols.internal.ScanIngest;
import org.garrison.patrols.internal.ScheduleWalkers;
import org.garrison.patrols.internal.Wand;
import org.garrison.patrols.internal.WandImport;
import org.garrison.patrols.internal.WandUploads;
import org.garrison.patrols.internal.Wands;
import org.garrison.platform.security.WebSliceTest;
import org.garrison.shared.DomainException;
import org.garrison.shared.ScopeLevel;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;

/** Wands and wand imports over the API: who may, small files answered line by line, large ones as a job. */
@WebSliceTest
class WandApiControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Wands wands;

    @Autowired
    WandUploads uploads;

    @Autowired
    ScheduleWalkers walkers;

    @Test
    void aTeamLeaderHandsAWandToAGuardAndListsTheWands() throws Exception {
        var wand = new Wand("W-1", 5, 101);
        ReflectionTestUtils.setField(wand, "id", 3L);
        when(wands.register(any(), eq("W-1"), eq("guard"), eq(101L))).thenReturn(wand);
        when(wands.in(any(), isNull(), eq(PageRequest.of(0, 20)))).thenReturn(new PageImpl<>(List.of(wand), PageRequest.of(0, 20), 1));
        when(walkers.usernames(any())).thenReturn(Map.of(5L, "guard"));
        var leader = as(ScopeLevel.SITE, 101L, PatrolPermissions.PATROL_CONFIGURE);
        mvc.perform(post("/api/v1/patrol/wands").with(leader).contentType(MediaType.APPLICATION_JSON)
            .content("{\"deviceId\":\" W-1 \",\"guard\":\"guard\",\"siteId\":101}"))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.deviceId").value("W-1"));
        mvc.perform(get("/api/v1/patrol/wands").with(leader))
            .andExpect(jsonPath("$.content[0].guard").value("guard"));
        when(wands.register(any(), eq("W-2"), eq("nobody"), eq(101L)))
            .thenThrow(new DomainException("patrol.wand.unknownGuard", "nobody"));
        mvc.perform(post("/api/v1/patrol/wands").with(leader).contentType(MediaType.APPLICATION_JSON)
            .content("{\"deviceId\":\"W-2\",\"guard\":\"nobody\",\"siteId\":101}"))
            .andExpect(status().isUnprocessableContent());
    }

    @Test
    void aSmallExportIsAnsweredLineByLineAndALargeOneStartsAJob() throws Exception {
        var small = new MockMultipartFile("file", "w.csv", "text/csv", "a".getBytes());
        when(uploads.upload(eq("w.csv"), any())).thenReturn(new WandUploads.Answered(new WandImport.Report("UTF-8",
                List.of(new WandImport.Line(2, ScanIngest.Outcome.ACCEPTED, null, List.of(), "x"),
                        new WandImport.Line(3, ScanIngest.Outcome.REJECTED, "patrol.route.unknownCode", List.of("CP-X"), "y")))));
        mvc.perform(multipart("/api/v1/patrol/wands/import").file(small).with(withPermissions(PatrolPermissions.PATROL_CONFIGURE)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.stored").value(1))
            .andExpect(jsonPath("$.lines[1].reason").value("本驻点没有编码为 CP-X 的在用巡更点。"));
        var large = new MockMultipartFile("file", "big.csv", "text/csv", "b".getBytes());
        when(uploads.upload(eq("big.csv"), any())).thenReturn(new WandUploads.Started(42));
        mvc.perform(multipart("/api/v1/patrol/wands/import").file(large).with(withPermissions(PatrolPermissions.PATROL_CONFIGURE)))
            .andExpect(status().isAccepted())
            .andExpect(jsonPath("$.jobId").value(42));
        mvc.perform(multipart("/api/v1/patrol/wands/import").with(withPermissions(PatrolPermissions.PATROL_CONFIGURE)))
            .andExpect(status().isUnprocessableContent());
    }

    @Test
    void guardsAndMonitorsMayNotManageWands() throws Exception {
        mvc.perform(get("/api/v1/patrol/wands").with(as(ScopeLevel.OWN, 101L, PatrolPermissions.PATROL_SCAN)))
            .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/patrol/wands").with(withPermissions(PatrolPermissions.PATROL_MONITOR))
            .contentType(MediaType.APPLICATION_JSON).content("{\"deviceId\":\"W-1\",\"guard\":\"guard\",\"siteId\":101}"))
            .andExpect(status().isForbidden());
        verify(wands, never()).register(any(), anyString(), anyString(), anyLong());
    }

}
