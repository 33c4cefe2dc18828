package org.garrison.contracts.web;

import static org.garrison.contracts.web.WebSamples.CLIENT_ID;
import static org.garrison.platform.security.TestPrincipals.as;
import static org.garrison.platform.security.TestPrincipals.withPermissions;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.garrison.contracts.ContractPermissions;
import org.garrison.contracts.internal.ClientRelations;
import org.garrison.contracts.internal.ContractSamples;
import org.garrison.contracts.internal.RelationQueries;
import org.garrison.organisation.OrganisationPermissions;
import org.garrison.platform.security.WebSliceTest;
import org.garrison.shared.NotFoundException;
import org.garrison.shared.ScopeLevel;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest
class ClientRelationsControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ClientRelations relations;

    @Autowired
    RelationQueries queries;

    @Test
    void customerServicePlansAVisit() throws Exception {
        mvc.perform(post("/contracts/clients/{id}/visits", CLIENT_ID).with(withPermissions(ContractPermissions.CLIENT_RELATIONS_MANAGE))
            .with(csrf()).param("purpose", "季度回顾").param("visitee", "王经理").param("plannedOn", "2026-12-01"))
            .andExpect(redirectedUrl("/contracts/clients/" + CLIENT_ID))
            .andExpect(flash().attribute("flash", "common.saved"));
        verify(relations).planVisit(any(), eq(CLIENT_ID), eq("季度回顾"), eq("王经理"), eq(LocalDate.of(2026, 12, 1)),
                anyString());
    }

    @Test
    void anIncompleteVisitIsRefusedAndNothingIsPlanned() throws Exception {
        mvc.perform(post("/contracts/clients/{id}/visits", CLIENT_ID).with(withPermissions(ContractPermissions.CLIENT_RELATIONS_MANAGE))
            .with(csrf()).param("plannedOn", "not a date"))
            .andExpect(redirectedUrl("/contracts/clients/" + CLIENT_ID))
            .andExpect(flash().attribute("refusalKey", "relations.invalid"));
        verify(relations, never()).planVisit(any(), anyLong(), any(), any(), any(), any());
    }

    @Test
    void viewersAndClientUsersCannotRecordRelations() throws Exception {
        mvc.perform(post("/contracts/clients/{id}/meetings", CLIENT_ID).with(withPermissions(ContractPermissions.CONTRACTS_VIEW))
            .with(csrf()).param("heldOn", "2026-11-01").param("topic", "t").param("attendees", "a").param("minutes", "m"))
            .andExpect(status().isForbidden());
        mvc.perform(post("/contracts/clients/{id}/visits", CLIENT_ID).with(as(ScopeLevel.CLIENT, CLIENT_ID,
                OrganisationPermissions.CLIENTS_VIEW)).with(csrf()).param("purpose", "p"))
            .andExpect(status().isForbidden());
    }

    @Test
    void aVisitsPageShowsTheCommitmentsMadeOnItAndAnotherClientsVisitIsNotFound() throws Exception {
        var visit = WebSamples.withId(ContractSamples.visit(CLIENT_ID, "季度服务回顾", LocalDate.of(2026, 11, 20)), 21L);
        when(queries.visit(any(), eq(21L))).thenReturn(visit);
        when(queries.commitmentsMadeOn(visit)).thenReturn(List.of(WebSamples.withId(
                ContractSamples.commitment(CLIENT_ID, "夜班增加一次巡逻", LocalDate.of(2026, 11, 28)), 7L)));
        mvc.perform(get("/contracts/visits/21").with(withPermissions(ContractPermissions.CONTRACTS_VIEW)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("夜班增加一次巡逻")))
            .andExpect(content().string(containsString("季度服务回顾")));

        when(queries.visit(any(), eq(98L))).thenThrow(new NotFoundException("entity.visit", 98L));
        mvc.perform(get("/contracts/visits/98").with(withPermissions(ContractPermissions.CONTRACTS_VIEW)))
            .andExpect(status().isNotFound());
        mvc.perform(get("/contracts/visits/21").with(as(ScopeLevel.CLIENT, CLIENT_ID, OrganisationPermissions.CLIENTS_VIEW)))
            .andExpect(status().isForbidden());
    }

    @Test
    void anotherClientsRecordsAreNotFound() throws Exception {
        when(relations.dossier(any(), eq(99L))).thenThrow(new NotFoundException("entity.client", 99L));
        mvc.perform(post("/contracts/clients/99/meetings").with(withPermissions(ContractPermissions.CLIENT_RELATIONS_MANAGE))
            .with(csrf()).param("heldOn", "2026-11-01").param("topic", "t").param("attendees", "a").param("minutes", "m"))
            .andExpect(status().isNotFound());
        verify(relations, never()).recordMeeting(any(), anyLong(), any(), any(), any(), any());
    }

}
