package org.garrison.patrols.web;

import static org.garrison.platform.security.TestPrincipals.as;
import static org.garrison.platform.security.TestPrincipals.withPermissions;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.organisation.OrganisationPermissions;
import org.garrison.patrols.PatrolPermissions;
import org.garrison.patrols.internal.Checkpoint;
import org.garrison.patrols.internal.GuardTours;
import org.garrison.patrols.internal.PatrolMode;
import org.garrison.patrols.internal.ScanIngest;
import org.garrison.patrols.internal.ScanPhotos;
import org.garrison.platform.security.WebSliceTest;
import org.garrison.shared.ScopeLevel;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest
class GuardPhoneControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    GuardTours tours;

    @Autowired
    ScanIngest ingest;

    @Autowired
    OrganisationManagement organisation;

    @Autowired
    ScanPhotos photos;

    @Test
    void theGuardSeesTheDueTourAndTheCodesOfTheSiteAsAnInstallableApp() throws Exception {
        var now = Instant.parse("2026-11-21T12:00:00Z");
        when(tours.due(any())).thenReturn(List.of(new GuardTours.DueTour(7, "夜间内外巡逻", true, PatrolMode.FOOT, now,
                now.plusSeconds(3600), List.of(new GuardTours.Point("CP-GATE", "大门岗亭", false, now.plusSeconds(900))))));
        when(tours.checkpoints(any())).thenReturn(List.of(new Checkpoint(101, "CP-GATE",
                new Checkpoint.Place("大门岗亭", null, null, null, null, false, null))));
        mvc.perform(get("/patrol/my").with(as(ScopeLevel.OWN, 101L, PatrolPermissions.PATROL_SCAN)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("data-tour=\"7\"")))
            .andExpect(content().string(containsString("value=\"CP-GATE\"")))
            .andExpect(content().string(containsString("rel=\"manifest\" href=\"/patrol/manifest.webmanifest\"")))
            .andExpect(content().string(containsString("/js/patrols-phone-")));
    }

    @Test
    void thePageKnowsTheRouteOrderAndTheNamesAndShowsNoEmptyPhoto() throws Exception {
        var now = Instant.parse("2026-11-21T12:00:00Z");
        when(tours.due(any())).thenReturn(List.of(new GuardTours.DueTour(7, "夜间内外巡逻", true, PatrolMode.FOOT, now,
                now.plusSeconds(3600), List.of(new GuardTours.Point("CP-GATE", "大门岗亭", false, now.plusSeconds(900)),
                        new GuardTours.Point("CP-HALL", "营业大厅", false, now.plusSeconds(1200))))));
        when(tours.checkpoints(any())).thenReturn(List.of(new Checkpoint(101, "CP-GATE",
                new Checkpoint.Place("大门岗亭", null, null, null, null, false, null))));
        mvc.perform(get("/patrol/my").with(as(ScopeLevel.OWN, 101L, PatrolPermissions.PATROL_SCAN)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("data-tour=\"7\" data-ordered=\"true\"")))
            .andExpect(content().string(containsString("data-code=\"CP-HALL\" data-name=\"营业大厅\"")))
            .andExpect(content().string(containsString("label=\"大门岗亭\"")))
            .andExpect(content().string(containsString("data-msg-out-of-order=\"顺序不对：应先巡 {0}\"")))
            .andExpect(content().string(containsString("data-msg-flagged-because=\"已标记供主管核查：{0}\"")))
            .andExpect(content().string(containsString(">巡逻完成</div>")))
            .andExpect(content().string(not(containsString("<img"))));
    }

    @Test
    void theQueueSyncsWithTheSessionAndItsCsrfToken() throws Exception {
        when(ingest.ingest(any())).thenReturn(List.of(new ScanIngest.Result("s-1", ScanIngest.Outcome.DUPLICATE, null,
                List.of(), Set.of())));
        String body = "{\"scans\":[{\"scanId\":\"s-1\",\"checkpointCode\":\"CP-GATE\",\"scannedAt\":\"2026-11-21T20:00:00Z\"}]}";
        mvc.perform(post("/patrol/my/scans").with(withPermissions(PatrolPermissions.PATROL_SCAN))
            .contentType(MediaType.APPLICATION_JSON).content(body))
            .andExpect(status().isForbidden());
        mvc.perform(post("/patrol/my/scans").with(withPermissions(PatrolPermissions.PATROL_SCAN)).with(csrf())
            .contentType(MediaType.APPLICATION_JSON).content(body))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.duplicates").value(1));
    }

    @Test
    void usersWhoDoNotPatrolCannotOpenThePhonePage() throws Exception {
        mvc.perform(get("/patrol/my").with(as(ScopeLevel.CLIENT, 3L, OrganisationPermissions.ORG_VIEW))).andExpect(status().isForbidden());
    }

}
