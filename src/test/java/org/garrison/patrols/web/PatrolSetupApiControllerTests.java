package org.garrison.patrols.web;

import static org.garrison.platform.security.TestPrincipals.as;
import static org.garrison.platform.security.TestPrincipals.withPermissions;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.garrison.patrols.PatrolPermissions;
import org.garrison.patrols.internal.Checkpoint;
import org.garrison.patrols.internal.PatrolMode;
import org.garrison.patrols.internal.PatrolSetup;
import org.garrison.patrols.internal.PatrolSetup.SetupFilter;
import org.garrison.patrols.internal.Route;
import org.garrison.platform.security.WebSliceTest;
import org.garrison.shared.DomainException;
import org.garrison.shared.NotFoundException;
import org.garrison.shared.ScopeLevel;
import org.garrison.siteops.SiteOpsPermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;

/** Checkpoints and routes over the API: who may set them up, paging and filters, refusals. */
@WebSliceTest
class PatrolSetupApiControllerTests {

    static final String ROUTE = "{\"siteId\":101,\"name\":\"夜巡\",\"ordered\":true,\"mode\":\"FOOT\",\"minutesBetween\":5,"
            + "\"checkpointCodes\":[\"cp-gate\",\"CP-HALL\"]}";

    @Autowired
    MockMvc mvc;

    @Autowired
    PatrolSetup setup;

    Checkpoint gate;

    @BeforeEach
    void data() {
        gate = checkpoint(1, 101, "CP-GATE", "大门岗亭");
        var hall = checkpoint(2, 101, "CP-HALL", "大堂");
        when(setup.checkpoints(any(), eq(new SetupFilter(101L, null, null)), eq(PageRequest.of(0, 1))))
            .thenReturn(new PageImpl<>(List.of(gate), PageRequest.of(0, 1), 2));
        when(setup.checkpoints(any(), eq(new SetupFilter(null, null, "大堂")), eq(PageRequest.of(0, 20))))
            .thenReturn(new PageImpl<>(List.of(hall), PageRequest.of(0, 20), 1));
        when(setup.checkpoints(any(), eq(List.of(1L, 2L)))).thenReturn(List.of(gate, hall));
    }

    @Test
    void aTeamLeaderListsCheckpointsPageByPageAndFiltered() throws Exception {
        mvc.perform(get("/api/v1/patrol/checkpoints").param("siteId", "101").param("size", "1")
            .with(as(ScopeLevel.SITE, 101L, PatrolPermissions.PATROL_CONFIGURE)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.totalElements").value(2))
            .andExpect(jsonPath("$.totalPages").value(2))
            .andExpect(jsonPath("$.content[0].code").value("CP-GATE"))
            .andExpect(jsonPath("$.content[0].latitude").value(22.54));
        mvc.perform(get("/api/v1/patrol/checkpoints").param("q", "大堂").with(withPermissions(PatrolPermissions.PATROL_CONFIGURE)))
            .andExpect(jsonPath("$.content[0].code").value("CP-HALL"));
    }

    @Test
    void aCheckpointIsCreatedWithLocationAndBadFieldsAreRefused() throws Exception {
        when(setup.createCheckpoint(any(), eq(101L), any())).thenReturn(gate);
        mvc.perform(post("/api/v1/patrol/checkpoints").with(withPermissions(PatrolPermissions.PATROL_CONFIGURE))
            .contentType(MediaType.APPLICATION_JSON).content("{\"siteId\":101,\"name\":\"大门岗亭\",\"keyArea\":true}"))
            .andExpect(status().isCreated())
            .andExpect(header().string("Location", "/api/v1/patrol/checkpoints/1"))
            .andExpect(jsonPath("$.code").value("CP-GATE"));
        mvc.perform(post("/api/v1/patrol/checkpoints").with(withPermissions(PatrolPermissions.PATROL_CONFIGURE))
            .contentType(MediaType.APPLICATION_JSON).content("{\"siteId\":101,\"name\":\"\",\"tagId\":\"a b\"}"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors.length()").value(2));
        when(setup.changeCheckpoint(any(), eq(1L), any())).thenThrow(new DomainException("patrol.checkpoint.tagTaken", "T-9"));
        mvc.perform(put("/api/v1/patrol/checkpoints/1").with(withPermissions(PatrolPermissions.PATROL_CONFIGURE))
            .contentType(MediaType.APPLICATION_JSON).content("{\"siteId\":101,\"name\":\"大门\",\"tagId\":\"T-9\"}"))
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.detail").exists());
    }

    @Test
    void aRouteIsPlannedFromCodesAndAnUnknownCodeIsRefused() throws Exception {
        var plan = new Route.Plan("夜巡", true, PatrolMode.FOOT, 5, List.of(1L, 2L));
        when(setup.planOf(any(), eq(101L), eq("夜巡"), eq(true), eq(PatrolMode.FOOT), eq(5), eq(List.of("CP-GATE", "CP-HALL"))))
            .thenReturn(plan);
        var route = new Route(101, plan);
        ReflectionTestUtils.setField(route, "id", 4L);
        when(setup.createRoute(any(), eq(101L), eq(plan))).thenReturn(route);
        mvc.perform(post("/api/v1/patrol/routes").with(withPermissions(PatrolPermissions.PATROL_CONFIGURE))
            .contentType(MediaType.APPLICATION_JSON).content(ROUTE))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.checkpointCodes[1]").value("CP-HALL"));

        when(setup.planOf(any(), anyLong(), any(), eq(true), any(), eq(5), eq(List.of("CP-NOPE"))))
            .thenThrow(new DomainException("patrol.route.unknownCode", "CP-NOPE"));
        mvc.perform(post("/api/v1/patrol/routes").with(withPermissions(PatrolPermissions.PATROL_CONFIGURE))
            .contentType(MediaType.APPLICATION_JSON).content(ROUTE.replace("\"cp-gate\",\"CP-HALL\"", "\"CP-NOPE\"")))
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.detail").value("本驻点没有编码为 CP-NOPE 的在用巡更点。"));
    }

    @Test
    void outOfScopeIsNotFoundAndOthersMayNotSetUpTours() throws Exception {
        when(setup.route(any(), eq(9L))).thenThrow(new NotFoundException("patrol.route", 9));
        mvc.perform(get("/api/v1/patrol/routes/9").with(withPermissions(PatrolPermissions.PATROL_CONFIGURE)))
            .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/patrol/checkpoints").with(as(ScopeLevel.OWN, 101L, PatrolPermissions.PATROL_SCAN)))
            .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/patrol/routes").with(as(ScopeLevel.CLIENT, 7L, SiteOpsPermissions.CLIENT_INCIDENTS_VIEW)))
            .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/patrol/routes").with(withPermissions(PatrolPermissions.PATROL_MONITOR))
            .contentType(MediaType.APPLICATION_JSON).content(ROUTE))
            .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/patrol/checkpoints")).andExpect(status().isUnauthorized());
        verify(setup, never()).createRoute(any(), anyLong(), any());
    }

    static Checkpoint checkpoint(long id, long siteId, String code, String name) {
        var checkpoint = new Checkpoint(siteId, code, new Checkpoint.Place(name, null, 22.54, 114.05, 40, false, null));
        ReflectionTestUtils.setField(checkpoint, "id", id);
        return checkpoint;
    }

}
