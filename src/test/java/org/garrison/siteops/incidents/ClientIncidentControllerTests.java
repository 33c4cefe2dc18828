package org.garrison.siteops.incidents;

import static org.garrison.platform.security.TestPrincipals.as;
import static org.garrison.platform.security.TestPrincipals.withPermissions;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.garrison.platform.security.WebSliceTest;
import org.garrison.servicedesk.ServiceDeskPermissions;
import org.garrison.shared.DataScope;
import org.garrison.shared.NotFoundException;
import org.garrison.shared.ScopeLevel;
import org.garrison.siteops.SiteOpsPermissions;
import org.garrison.siteops.SiteOpsSamples;
import org.garrison.siteops.incidents.Views.ClientAction;
import org.garrison.siteops.incidents.Views.ClientIncidentCard;
import org.garrison.siteops.incidents.Views.ClientIncidentRow;
import org.garrison.siteops.internal.IncidentType;
import org.garrison.siteops.internal.Severity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest
class ClientIncidentControllerTests {

    static final long CLIENT = 3;

    static final long OTHER_CLIENT = 4;

    /** The scope of a slice user of the client (the slice principal's id is 4242). */
    static final DataScope CLIENT_SCOPE = new DataScope(ScopeLevel.CLIENT, CLIENT, 4242);

    @Autowired
    MockMvc mvc;

    @Autowired
    ClientIncidents incidents;

    @BeforeEach
    void data() {
        var row = new ClientIncidentRow(7, "SJ-20261121-001", "福田支行", IncidentType.THEFT, Severity.MAJOR, "地下车棚",
                SiteOpsSamples.AT, IncidentStatus.OPEN);
        when(incidents.list(any())).thenReturn(List.of());
        when(incidents.list(eq(CLIENT_SCOPE))).thenReturn(List.of(row));
        when(incidents.card(any(), anyLong())).thenThrow(new NotFoundException("entity.incident", 7));
        doReturn(new ClientIncidentCard(row, "电动车被盗，已调取监控", true, null,
                List.of(new ClientAction(SiteOpsSamples.AT.plusSeconds(120), "已调取监控并报警"))))
            .when(incidents).card(CLIENT_SCOPE, 7L);
    }

    @Test
    void clientSeesItsSitesIncidentsAndOneWithWhatWasDoneButNothingInternal() throws Exception {
        mvc.perform(get("/siteops/client/incidents").with(as(ScopeLevel.CLIENT, CLIENT, SiteOpsPermissions.CLIENT_INCIDENTS_VIEW)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("/siteops/client/incidents/7")))
            .andExpect(content().string(not(containsString("/siteops/incidents/7"))));
        mvc.perform(get("/siteops/client/incidents/7").with(as(ScopeLevel.CLIENT, CLIENT, SiteOpsPermissions.CLIENT_INCIDENTS_VIEW)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("电动车被盗，已调取监控")))
            .andExpect(content().string(containsString("已调取监控并报警")))
            .andExpect(content().string(not(containsString("completion-form"))))
            .andExpect(content().string(not(containsString("action-form"))));
    }

    @Test
    void anotherClientsIncidentOrAnUnknownOneIsNotFound() throws Exception {
        mvc.perform(get("/siteops/client/incidents/7").with(as(ScopeLevel.CLIENT, OTHER_CLIENT, SiteOpsPermissions.CLIENT_INCIDENTS_VIEW)))
            .andExpect(status().isNotFound());
        mvc.perform(get("/siteops/client/incidents/99").with(as(ScopeLevel.CLIENT, CLIENT, SiteOpsPermissions.CLIENT_INCIDENTS_VIEW)))
            .andExpect(status().isNotFound());
        mvc.perform(get("/siteops/client/incidents").with(as(ScopeLevel.CLIENT, OTHER_CLIENT, SiteOpsPermissions.CLIENT_INCIDENTS_VIEW)))
            .andExpect(status().isOk())
            .andExpect(content().string(not(containsString("SJ-20261121-001"))));
    }

    @Test
    void staffWithoutTheClientPermissionAndVisitorsAreRefused() throws Exception {
        mvc.perform(get("/siteops/client/incidents/7").with(as(ScopeLevel.SITE, SiteOpsSamples.SITE, SiteOpsPermissions.SITEOPS_VIEW,
                SiteOpsPermissions.SITEOPS_RECORD)))
            .andExpect(status().isForbidden());
        mvc.perform(get("/siteops/client/incidents").with(withPermissions(SiteOpsPermissions.SITEOPS_VIEW, SiteOpsPermissions.SITEOPS_MANAGE)))
            .andExpect(status().isForbidden());
        mvc.perform(get("/siteops/client/incidents").with(as(ScopeLevel.CLIENT, CLIENT, ServiceDeskPermissions.COMPLAINTS_VIEW)))
            .andExpect(status().isForbidden());
        mvc.perform(get("/siteops/client/incidents/7")).andExpect(redirectedUrl("/login"));
        verify(incidents, never()).card(any(), anyLong());
    }

}
