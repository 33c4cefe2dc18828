package org.garrison.siteops.preparedness;

import static org.garrison.platform.security.TestPrincipals.withPermissions;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Optional;

import org.garrison.platform.security.WebSliceTest;
import org.garrison.shared.DomainException;
import org.garrison.siteops.SiteOpsPermissions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** An incident's emergency response over the API: recorders activate and tick steps, refusals answered 422. */
@WebSliceTest
class ResponseApiControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    EmergencyResponses responses;

    @Test
    void anIncidentWithoutResponseIsNotFoundAndAClosedOneRefusesActivation() throws Exception {
        when(responses.of(any(), eq(7L))).thenReturn(Optional.empty());
        mvc.perform(get("/api/v1/siteops/incidents/7/response").with(withPermissions(SiteOpsPermissions.SITEOPS_VIEW)))
            .andExpect(status().isNotFound());
        when(responses.activate(any(), eq(7L), eq(4L))).thenThrow(new DomainException("siteops.response.alreadyActive"));
        mvc.perform(post("/api/v1/siteops/incidents/7/response").with(withPermissions(SiteOpsPermissions.SITEOPS_RECORD))
            .contentType(MediaType.APPLICATION_JSON).content("{\"planId\":4}"))
            .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/api/v1/siteops/incidents/7/response").with(withPermissions(SiteOpsPermissions.SITEOPS_RECORD))
            .contentType(MediaType.APPLICATION_JSON).content("{}"))
            .andExpect(status().isBadRequest());
        doThrow(new DomainException("siteops.response.stepDone", "报警")).when(responses).complete(any(), eq(7L), eq(1));
        mvc.perform(post("/api/v1/siteops/incidents/7/response/steps/1").with(withPermissions(SiteOpsPermissions.SITEOPS_RECORD)))
            .andExpect(status().isUnprocessableContent());
    }

    @Test
    void viewersMayNotActivateOrTickSteps() throws Exception {
        mvc.perform(post("/api/v1/siteops/incidents/7/response").with(withPermissions(SiteOpsPermissions.SITEOPS_VIEW))
            .contentType(MediaType.APPLICATION_JSON).content("{\"planId\":4}"))
            .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/siteops/incidents/7/response/steps/1").with(withPermissions(SiteOpsPermissions.SITEOPS_VIEW)))
            .andExpect(status().isForbidden());
        verify(responses, never()).activate(any(), anyLong(), anyLong());
        verify(responses, never()).complete(any(), anyLong(), anyInt());
    }

}
