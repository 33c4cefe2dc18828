package org.garrison.contracts.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.garrison.contracts.web.WebSamples.CLIENT_ID;
import static org.garrison.contracts.web.WebSamples.TODAY;
import static org.garrison.contracts.web.WebSamples.withId;
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

import java.util.List;

import org.garrison.contracts.ContractPermissions;
import org.garrison.contracts.internal.ClientRelations;
import org.garrison.contracts.internal.ClientRelations.Dossier;
import org.garrison.contracts.internal.ContractQueries;
import org.garrison.contracts.internal.ContractSamples;
import org.garrison.contracts.internal.PortalAccounts;
import org.garrison.organisation.ContactId;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.organisation.OrganisationManagement.ContactRecord;
import org.garrison.organisation.OrganisationManagement.SiteRecord;
import org.garrison.organisation.OrganisationPermissions;
import org.garrison.platform.security.WebSliceTest;
import org.garrison.shared.DomainException;
import org.garrison.shared.ScopeLevel;
import org.garrison.shared.SiteId;
import org.garrison.testsupport.TestClock;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest
class ClientDossierControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestClock clock;

    @BeforeEach
    void fixClock() {
        clock.fix(WebSamples.TODAY.atStartOfDay());
    }

    @Autowired
    OrganisationManagement organisation;

    @Autowired
    ContractQueries contracts;

    @Autowired
    ClientRelations relations;

    @Autowired
    PortalAccounts portal;

    @BeforeEach
    void data() {
        when(organisation.client(any(), any())).thenAnswer(
                call -> WebSamples.clients().stream().filter(c -> c.id().equals(call.getArgument(1))).findFirst());
        when(organisation.sitesOf(any(), any())).thenReturn(List.of(new SiteRecord(new SiteId(4), "S301", "会展中心 1 号馆")));
        when(organisation.contactsOf(any(), any())).thenReturn(List.of(new ContactRecord(new ContactId(8), "黄主任", "行政部", null, null, null)));
        when(contracts.list(any(), any(), any(), eq(CLIENT_ID))).thenReturn(List.of(WebSamples.negotiating()));
        when(relations.dossier(any(), eq(CLIENT_ID))).thenReturn(new Dossier(List.of(), List.of(), List.of(), List.of()));
    }

    @Test
    void theDossierShowsRecordSitesContactsAndContracts() throws Exception {
        mvc.perform(get("/contracts/clients/{id}", CLIENT_ID).with(withPermissions(ContractPermissions.CONTRACTS_VIEW)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("前海会展中心")))
            .andExpect(content().string(containsString("S301")))
            .andExpect(content().string(containsString("黄主任")))
            .andExpect(content().string(containsString("HT-20261121-001")));
    }

    @Test
    void overdueCommitmentsAndDueReturnVisitsAreHighlightedAsOfTheApplicationClock() throws Exception {
        when(relations.dossier(any(), eq(CLIENT_ID))).thenReturn(new Dossier(List.of(),
                List.of(withId(ContractSamples.commitment(CLIENT_ID, "调整夜间巡逻计划", TODAY.minusDays(1)), 1L),
                        withId(ContractSamples.commitment(CLIENT_ID, "放置防滑垫", TODAY), 2L)),
                List.of(withId(ContractSamples.returnVisit(CLIENT_ID, TODAY.plusDays(1)), 3L),
                        withId(ContractSamples.returnVisit(CLIENT_ID, TODAY), 4L)),
                List.of()));
        var page = Jsoup.parse(mvc.perform(get("/contracts/clients/{id}", CLIENT_ID)
            .with(withPermissions(ContractPermissions.CONTRACTS_VIEW)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString());

        assertThat(page.select("#dossier-commitments tr.table-danger")).singleElement()
            .satisfies(row -> assertThat(row.text()).contains("调整夜间巡逻计划"));
        assertThat(page.select("#dossier-return-visits tbody tr")).extracting(row -> row.hasClass("table-warning"))
            .containsExactly(false, true);
    }

    @Test
    void aClientOutsideTheScopeIsNotFoundAndClientUsersHaveNoDossier() throws Exception {
        mvc.perform(get("/contracts/clients/99").with(withPermissions(ContractPermissions.CONTRACTS_VIEW)))
            .andExpect(status().isNotFound());
        mvc.perform(get("/contracts/clients/{id}", CLIENT_ID).with(as(ScopeLevel.CLIENT, CLIENT_ID, OrganisationPermissions.CLIENTS_VIEW)))
            .andExpect(status().isForbidden());
    }

    @Test
    void aPortalAccountIsMadeFromAContactOrTheRefusalIsShown() throws Exception {
        mvc.perform(post("/contracts/clients/{id}/contacts/8/portal-account", CLIENT_ID)
            .with(withPermissions(OrganisationPermissions.CLIENTS_MANAGE)).with(csrf()).param("username", "huang")
            .param("password", "Kehu-Menhu-2026!"))
            .andExpect(redirectedUrl("/contracts/clients/" + CLIENT_ID))
            .andExpect(flash().attribute("flash", "dossier.portalAccountCreated"));
        verify(portal).create(any(), eq(CLIENT_ID), eq(8L), eq("huang"), eq("Kehu-Menhu-2026!"));

        when(portal.create(any(), eq(CLIENT_ID), eq(8L), eq("taken"), anyString()))
            .thenThrow(new DomainException("user.usernameTaken", "taken"));
        mvc.perform(post("/contracts/clients/{id}/contacts/8/portal-account", CLIENT_ID)
            .with(withPermissions(OrganisationPermissions.CLIENTS_MANAGE)).with(csrf()).param("username", "taken")
            .param("password", "Kehu-Menhu-2026!"))
            .andExpect(flash().attribute("refusalKey", "user.usernameTaken"));
    }

    @Test
    void anEmptyPortalAccountFormCreatesNothingAndViewersCannotCreateAccounts() throws Exception {
        mvc.perform(post("/contracts/clients/{id}/contacts/8/portal-account", CLIENT_ID)
            .with(withPermissions(OrganisationPermissions.CLIENTS_MANAGE)).with(csrf()))
            .andExpect(flash().attribute("refusalKey", "relations.invalid"));
        mvc.perform(post("/contracts/clients/{id}/contacts/8/portal-account", CLIENT_ID)
            .with(withPermissions(ContractPermissions.CONTRACTS_VIEW)).with(csrf()).param("username", "x").param("password", "y"))
            .andExpect(status().isForbidden());
        verify(portal, never()).create(any(), anyLong(), anyLong(), anyString(), anyString());
    }

}
