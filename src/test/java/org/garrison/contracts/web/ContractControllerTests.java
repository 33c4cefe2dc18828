package org.garrison.contracts.web;

import static org.garrison.contracts.web.WebSamples.CLIENT_ID;
import static org.garrison.contracts.web.WebSamples.CONTRACT_ID;
import static org.garrison.platform.security.TestPrincipals.as;
import static org.garrison.platform.security.TestPrincipals.withPermissions;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.List;
import java.util.Map;

import org.garrison.contracts.ContractPermissions;
import org.garrison.contracts.internal.ContractLifecycle;
import org.garrison.contracts.internal.ContractQueries;
import org.garrison.contracts.internal.StartUpTasks;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.organisation.OrganisationPermissions;
import org.garrison.platform.security.WebSliceTest;
import org.garrison.shared.DomainException;
import org.garrison.shared.NotFoundException;
import org.garrison.shared.ScopeLevel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest
class ContractControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ContractQueries queries;

    @Autowired
    ContractLifecycle lifecycle;

    @Autowired
    StartUpTasks tasks;

    @Autowired
    OrganisationManagement organisation;

    @Autowired
    Names names;

    @BeforeEach
    void data() {
        var contract = WebSamples.negotiating();
        when(queries.list(any(), any(), any(), any())).thenReturn(List.of(contract));
        when(queries.get(any(), eq(CONTRACT_ID))).thenReturn(contract);
        when(queries.get(any(), eq(404L))).thenThrow(new NotFoundException("entity.contract", 404L));
        when(names.clients(any())).thenReturn(Map.of(7L, "前海会展中心"));
        when(organisation.clientsIn(any())).thenReturn(WebSamples.clients());
    }

    @Test
    void viewerSeesTheContractListAndAContract() throws Exception {
        mvc.perform(get("/contracts").with(withPermissions(ContractPermissions.CONTRACTS_VIEW)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("HT-20261121-001")))
            .andExpect(content().string(containsString("前海会展中心")));
        mvc.perform(get("/contracts/{id}", CONTRACT_ID).with(withPermissions(ContractPermissions.CONTRACTS_VIEW)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("data-status=\"NEGOTIATING\"")))
            .andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"sign\""))));
    }

    @Test
    void usersWithoutContractRightsAreRefusedAndAContractOutsideTheScopeIsNotFound() throws Exception {
        mvc.perform(get("/contracts").with(withPermissions(OrganisationPermissions.CLIENTS_VIEW))).andExpect(status().isForbidden());
        mvc.perform(get("/contracts/404").with(as(ScopeLevel.CLIENT, 9L, ContractPermissions.CONTRACTS_VIEW)))
            .andExpect(status().isNotFound());
        mvc.perform(post("/contracts").with(withPermissions(ContractPermissions.CONTRACTS_VIEW)).with(csrf())
            .param("clientId", "7").param("title", "t").param("needs", "n"))
            .andExpect(status().isForbidden());
    }

    @Test
    void customerServiceRecordsAnInquiry() throws Exception {
        when(lifecycle.recordInquiry(any(), eq(CLIENT_ID), any())).thenReturn(WebSamples.negotiating());
        mvc.perform(post("/contracts").with(withPermissions(ContractPermissions.CONTRACTS_MANAGE)).with(csrf())
            .param("clientId", "7").param("title", "展会安保").param("needs", "大门岗").param("wantedFrom", "2027-01-01")
            .param("wantedTo", "2027-12-31"))
            .andExpect(redirectedUrl("/contracts/" + CONTRACT_ID))
            .andExpect(flash().attribute("flash", "contract.inquiryRecorded"));
    }

    @Test
    void anEmptyInquiryOrOneEndingBeforeItStartsIsShownAgainAndNothingIsRecorded() throws Exception {
        mvc.perform(post("/contracts").with(withPermissions(ContractPermissions.CONTRACTS_MANAGE)).with(csrf()))
            .andExpect(status().isOk())
            .andExpect(view().name("contracts/inquiry-form"))
            .andExpect(content().string(containsString("is-invalid")));
        verify(lifecycle, never()).recordInquiry(any(), anyLong(), any());

        when(lifecycle.recordInquiry(any(), eq(CLIENT_ID), any())).thenThrow(new DomainException("contract.endBeforeStart"));
        mvc.perform(post("/contracts").with(withPermissions(ContractPermissions.CONTRACTS_MANAGE)).with(csrf())
            .param("clientId", "7").param("title", "t").param("needs", "n").param("wantedFrom", "2027-12-31")
            .param("wantedTo", "2027-01-01"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("结束日期早于开始日期")));
    }

    @Test
    void terminationWithoutReasonOrARefusedMoveComesBackAsAMessage() throws Exception {
        mvc.perform(post("/contracts/{id}/terminate", CONTRACT_ID).with(withPermissions(ContractPermissions.CONTRACTS_MANAGE))
            .with(csrf()))
            .andExpect(redirectedUrl("/contracts/" + CONTRACT_ID))
            .andExpect(flash().attribute("refusalKey", "contract.reasonMissing"));
        doThrow(new DomainException("contract.cannotTerminate", "HT")).when(lifecycle)
            .terminate(any(), eq(CONTRACT_ID), eq("客户搬迁"));
        mvc.perform(post("/contracts/{id}/terminate", CONTRACT_ID).with(withPermissions(ContractPermissions.CONTRACTS_MANAGE))
            .with(csrf()).param("reason", "客户搬迁"))
            .andExpect(redirectedUrl("/contracts/" + CONTRACT_ID))
            .andExpect(flash().attribute("refusalKey", "contract.cannotTerminate"));
    }

}
