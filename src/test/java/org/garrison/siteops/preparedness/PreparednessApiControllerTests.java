package org.garrison.siteops.preparedness;

import static org.garrison.platform.security.TestPrincipals.as;
import static org.garrison.platform.security.TestPrincipals.withPermissions;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.platform.security.WebSliceTest;
import org.garrison.shared.DomainException;
import org.garrison.shared.ScopeLevel;
import org.garrison.siteops.SiteOpsPermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;

/** Drills and emergency resources over the API: managers plan and add, recorders check, refusals as on the pages. */
@WebSliceTest
class PreparednessApiControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Preparedness preparedness;

    @Autowired
    OrganisationManagement organisation;

    @BeforeEach
    void data() {
        when(organisation.siteNamesById(any())).thenReturn(Map.of(11L, "福田支行"));
    }

    @Test
    void aManagerPlansADrillAndAHeldDrillIsRefusedTwice() throws Exception {
        var drill = new Drill(11, "冬季消防疏散演练", LocalDate.of(2026, 12, 15));
        ReflectionTestUtils.setField(drill, "id", 6L);
        when(preparedness.planDrill(any(), eq(11L), eq("冬季消防疏散演练"), eq(LocalDate.of(2026, 12, 15)))).thenReturn(drill);
        mvc.perform(post("/api/v1/siteops/drills").with(withPermissions(SiteOpsPermissions.SITEOPS_MANAGE))
            .contentType(MediaType.APPLICATION_JSON).content("{\"siteId\":11,\"title\":\"冬季消防疏散演练\",\"plannedOn\":\"2026-12-15\"}"))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.status").value("PLANNED"));
        doThrow(new DomainException("siteops.drill.alreadyHeld", "冬季消防疏散演练")).when(preparedness)
            .holdDrill(any(), eq(6L), any(), any(), any(), any());
        mvc.perform(post("/api/v1/siteops/drills/6/held").with(withPermissions(SiteOpsPermissions.SITEOPS_MANAGE))
            .contentType(MediaType.APPLICATION_JSON).content("{\"heldOn\":\"2026-12-15\",\"participants\":\"张伟\",\"summary\":\"顺利\"}"))
            .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/api/v1/siteops/drills").with(withPermissions(SiteOpsPermissions.SITEOPS_RECORD))
            .contentType(MediaType.APPLICATION_JSON).content("{\"siteId\":11,\"title\":\"x\",\"plannedOn\":\"2026-12-15\"}"))
            .andExpect(status().isForbidden());
    }

    @Test
    void resourcesAreListedWithTheirDueChecksAndAProblemNeedsANote() throws Exception {
        var resource = new EmergencyResource(11, EmergencyResource.Kind.EXTINGUISHER, "干粉灭火器", "营业厅东侧", 4, 30, null,
                LocalDate.of(2026, 1, 1));
        ReflectionTestUtils.setField(resource, "id", 2L);
        when(preparedness.resources(any(), isNull(), isNull(), eq(true), any()))
            .thenReturn(new PageImpl<>(List.of(resource), PageRequest.of(0, 20), 1));
        mvc.perform(get("/api/v1/siteops/resources").param("checkDue", "true").with(as(ScopeLevel.OWN, 11L, SiteOpsPermissions.SITEOPS_VIEW)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.content[0].kind").value("EXTINGUISHER"))
            .andExpect(jsonPath("$.content[0].checkDue").value(true));
        doThrow(new DomainException("siteops.resource.problemNeedsNote")).when(preparedness)
            .checkResource(any(), eq(2L), eq(false), isNull());
        mvc.perform(post("/api/v1/siteops/resources/2/check").with(withPermissions(SiteOpsPermissions.SITEOPS_RECORD))
            .contentType(MediaType.APPLICATION_JSON).content("{\"ok\":false}"))
            .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/api/v1/siteops/resources").with(withPermissions(SiteOpsPermissions.SITEOPS_MANAGE))
            .contentType(MediaType.APPLICATION_JSON).content("{\"siteId\":11,\"kind\":\"EXTINGUISHER\",\"name\":\"\",\"quantity\":0}"))
            .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/siteops/resources").with(as(ScopeLevel.CLIENT, 7L, SiteOpsPermissions.CLIENT_INCIDENTS_VIEW)))
            .andExpect(status().isForbidden());
        verify(preparedness, never()).addResource(any(), anyLong(), any(), any(), any(), org.mockito.ArgumentMatchers.anyInt(),
                org.mockito.ArgumentMatchers.anyInt(), any());
        verify(preparedness, never()).checkResource(any(), anyLong(), anyBoolean(), eq("x"));
    }

}
