package org.garrison.patrols.web;

import static org.garrison.platform.security.TestPrincipals.as;
import static org.garrison.platform.security.TestPrincipals.withPermissions;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.List;
import java.util.Map;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.patrols.PatrolPermissions;
import org.garrison.patrols.internal.Checkpoint;
import org.garrison.patrols.internal.PatrolMode;
import org.garrison.patrols.internal.PatrolSetup;
import org.garrison.patrols.internal.Route;
import org.garrison.platform.security.WebSliceTest;
import org.garrison.shared.ScopeLevel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The route pages: the list names each route's checkpoints in walking order, and the editor picks checkpoints from
 * the site's list as rows (one hidden code each) instead of a typed list of codes.
 */
@WebSliceTest
class RouteEditorControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    PatrolSetup setup;

    @Autowired
    OrganisationManagement organisation;

    private Route route;

    @BeforeEach
    void data() {
        var gate = checkpoint(1L, "CP-GATE", "大门岗亭");
        var hall = checkpoint(2L, "CP-HALL", "营业大厅");
        var vault = checkpoint(3L, "CP-VAULT", "金库走廊");
        route = new Route(101, new Route.Plan("夜间内外巡逻", true, PatrolMode.FOOT, 5, List.of(3L, 1L, 2L)));
        ReflectionTestUtils.setField(route, "id", 7L);
        when(organisation.siteNamesIn(any())).thenReturn(Map.of(101L, "鹏城银行福田支行"));
        when(setup.checkpoints(any())).thenReturn(List.of(gate, hall, vault));
        when(setup.routes(any())).thenReturn(List.of(route));
        when(setup.route(any(), eq(7L))).thenReturn(route);
    }

    @Test
    void theRouteListNamesTheCheckpointsInWalkingOrder() throws Exception {
        mvc.perform(get("/patrol/routes").with(as(ScopeLevel.SITE, 101L, PatrolPermissions.PATROL_CONFIGURE)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString(
                    "<span>金库走廊</span><span> → </span><span>大门岗亭</span><span> → </span><span>营业大厅</span>")));
    }

    @Test
    void theEditorShowsTheRouteAsNamedRowsAndOffersTheSiteCheckpointsToPick() throws Exception {
        mvc.perform(get("/patrol/routes/7/edit").with(withPermissions(PatrolPermissions.PATROL_CONFIGURE)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("<span class=\"me-auto point-name\">金库走廊</span>")))
            .andExpect(content().string(containsString("name=\"checkpointCodes\" value=\"CP-VAULT\"")))
            .andExpect(content().string(containsString("id=\"route-pick\"")))
            .andExpect(content().string(containsString("value=\"CP-HALL\" data-site=\"101\" data-name=\"营业大厅\"")))
            .andExpect(content().string(containsString("上移")))
            .andExpect(content().string(containsString("/js/patrols-routes-")))
            .andExpect(content().string(not(containsString("<textarea"))));
        mvc.perform(get("/patrol/routes/new").with(withPermissions(PatrolPermissions.PATROL_CONFIGURE)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("还没有巡更点")));
    }

    @Test
    void theRowsAreSavedInTheirOrderAndARouteWithoutCheckpointsIsRefused() throws Exception {
        mvc.perform(post("/patrol/routes").with(withPermissions(PatrolPermissions.PATROL_CONFIGURE)).with(csrf())
            .param("siteId", "101").param("name", "白班路线").param("ordered", "true").param("mode", "FOOT")
            .param("minutesBetween", "5").param("checkpointCodes", "CP-HALL", "cp-gate", "CP-VAULT"))
            .andExpect(redirectedUrl("/patrol/routes"));
        verify(setup).planOf(any(), eq(101L), eq("白班路线"), eq(true), eq(PatrolMode.FOOT), eq(5),
                eq(List.of("CP-HALL", "CP-GATE", "CP-VAULT")));
        mvc.perform(post("/patrol/routes").with(withPermissions(PatrolPermissions.PATROL_CONFIGURE)).with(csrf())
            .param("siteId", "101").param("name", "空路线").param("mode", "FOOT").param("minutesBetween", "5"))
            .andExpect(status().isOk())
            .andExpect(view().name("patrols/route-form"))
            .andExpect(content().string(containsString("invalid-feedback")));
        verify(setup, never()).planOf(any(), anyLong(), eq("空路线"), anyBoolean(), any(), anyInt(), any());
    }

    @Test
    void guardsCannotEditRoutes() throws Exception {
        mvc.perform(get("/patrol/routes/7/edit").with(as(ScopeLevel.OWN, 101L, PatrolPermissions.PATROL_SCAN)))
            .andExpect(status().isForbidden());
    }

    private static Checkpoint checkpoint(long id, String code, String name) {
        var checkpoint = new Checkpoint(101, code, new Checkpoint.Place(name, null, null, null, null, false, null));
        ReflectionTestUtils.setField(checkpoint, "id", id);
        return checkpoint;
    }

}
