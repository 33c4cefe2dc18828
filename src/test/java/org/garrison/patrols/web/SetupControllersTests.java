package org.garrison.patrols.web;

import static org.garrison.platform.security.TestPrincipals.as;
import static org.garrison.platform.security.TestPrincipals.withPermissions;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
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

import org.garrison.organisation.OrganisationManagement.SiteChoice;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.patrols.PatrolPermissions;
import org.garrison.patrols.internal.Checkpoint;
import org.garrison.patrols.internal.PatrolMode;
import org.garrison.patrols.internal.PatrolSetup;
import org.garrison.platform.security.WebSliceTest;
import org.garrison.shared.DomainException;
import org.garrison.shared.NotFoundException;
import org.garrison.shared.ScopeLevel;
import org.garrison.shared.SiteId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Checkpoints and routes: who may set them up, and how bad input is answered (schedules:
 * {@link ScheduleControllerTests}).
 */
@WebSliceTest
class SetupControllersTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    PatrolSetup setup;

    @Autowired
    OrganisationManagement organisation;

    @BeforeEach
    void data() {
        when(organisation.siteChoices(any())).thenReturn(List.of(new SiteChoice(new SiteId(101), "S101", "鹏城银行福田支行")));
        when(organisation.siteNamesIn(any())).thenReturn(Map.of(101L, "鹏城银行福田支行"));
        when(setup.checkpoints(any())).thenReturn(List.of(new Checkpoint(101, "CP-GATE",
                new Checkpoint.Place("大门岗亭", "正门东侧", 22.54, 114.05, 40, true, "T-1"))));
    }

    @Test
    void aTeamLeaderListsTheCheckpointsOfTheSiteWithLabelsToPrint() throws Exception {
        mvc.perform(get("/patrol/checkpoints").with(as(ScopeLevel.SITE, 101L, PatrolPermissions.PATROL_CONFIGURE)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("data-checkpoint=\"CP-GATE\"")))
            .andExpect(content().string(containsString("重点部位")))
            .andExpect(content().string(containsString("/patrol/checkpoints/labels.pdf")));
    }

    @Test
    void aValidCheckpointIsCreatedAndABadOneShowsTheFormAgain() throws Exception {
        mvc.perform(post("/patrol/checkpoints").with(withPermissions(PatrolPermissions.PATROL_CONFIGURE)).with(csrf())
            .param("siteId", "101").param("name", "营业厅"))
            .andExpect(redirectedUrl("/patrol/checkpoints"));
        verify(setup).createCheckpoint(any(), eq(101L), eq(new Checkpoint.Place("营业厅", null, null, null, null, false, null)));
        mvc.perform(post("/patrol/checkpoints").with(withPermissions(PatrolPermissions.PATROL_CONFIGURE)).with(csrf())
            .param("siteId", "").param("name", "").param("latitude", "north"))
            .andExpect(status().isOk())
            .andExpect(view().name("patrols/checkpoint-form"))
            .andExpect(content().string(containsString("is-invalid")));
        when(setup.createCheckpoint(any(), eq(101L), any())).thenThrow(new DomainException("patrol.checkpoint.radiusInvalid"));
        mvc.perform(post("/patrol/checkpoints").with(withPermissions(PatrolPermissions.PATROL_CONFIGURE)).with(csrf())
            .param("siteId", "101").param("name", "营业厅").param("radiusMetres", "1"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("半径须在 5 至 5000 米之间")));
    }

    @Test
    void aCheckpointOutsideTheScopeIsNotFound() throws Exception {
        when(setup.checkpoint(any(), eq(9L))).thenThrow(new NotFoundException("patrol.checkpoint", 9));
        mvc.perform(get("/patrol/checkpoints/9/edit").with(withPermissions(PatrolPermissions.PATROL_CONFIGURE)))
            .andExpect(status().isNotFound());
    }

    @Test
    void guardsSupervisorsAndClientsCannotSetUpTours() throws Exception {
        mvc.perform(get("/patrol/checkpoints").with(as(ScopeLevel.OWN, 101L, PatrolPermissions.PATROL_SCAN)))
            .andExpect(status().isForbidden());
        mvc.perform(post("/patrol/routes").with(withPermissions(PatrolPermissions.PATROL_MONITOR)).with(csrf())
            .param("siteId", "101").param("name", "x"))
            .andExpect(status().isForbidden());
        verify(setup, never()).createRoute(any(), anyLong(), any());
    }

    @Test
    void aRouteNamingAnUnknownCodeIsRefusedOnItsForm() throws Exception {
        when(setup.planOf(any(), eq(101L), eq("夜巡"), eq(false), eq(PatrolMode.FOOT), eq(5), eq(List.of("CP-GATE", "CP-NOPE"))))
            .thenThrow(new DomainException("patrol.route.unknownCode", "CP-NOPE"));
        mvc.perform(post("/patrol/routes").with(withPermissions(PatrolPermissions.PATROL_CONFIGURE)).with(csrf())
            .param("siteId", "101").param("name", "夜巡").param("mode", "FOOT").param("minutesBetween", "5")
            .param("checkpointCodes", "CP-GATE CP-NOPE"))
            .andExpect(status().isOk())
            .andExpect(view().name("patrols/route-form"))
            .andExpect(content().string(containsString("CP-NOPE")));
        verify(setup, never()).createRoute(any(), anyLong(), any());
    }

}
