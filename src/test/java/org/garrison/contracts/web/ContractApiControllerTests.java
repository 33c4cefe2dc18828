package org.garrison.contracts.web;

import static org.garrison.platform.security.TestPrincipals.as;
import static org.garrison.platform.security.TestPrincipals.withPermissions;
import static org.hamcrest.Matchers.is;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.garrison.contracts.ContractId;
import org.garrison.contracts.ContractPermissions;
import org.garrison.contracts.ContractsManagement;
import org.garrison.contracts.ServiceKind;
import org.garrison.contracts.SiteTargets;
import org.garrison.contracts.SiteTargets.PostTarget;
import org.garrison.contracts.SiteTargets.ServiceTarget;
import org.garrison.contracts.internal.ContractQueries;
import org.garrison.contracts.internal.ContractStatus;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.organisation.OrganisationPermissions;
import org.garrison.platform.security.WebSliceTest;
import org.garrison.shared.PageResponse;
import org.garrison.shared.ScopeLevel;
import org.garrison.shared.SiteId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest
class ContractApiControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ContractQueries queries;

    @Autowired
    ContractsManagement contracts;

    @Autowired
    OrganisationManagement organisation;

    @Test
    void listPagesWithTheFiltersOfItsPage() throws Exception {
        when(queries.list(any(), any(), any(), any(), any())).thenReturn(new PageImpl<>(List.of(), PageRequest.of(2, 5), 11));
        mvc.perform(get("/api/v1/contracts").param("q", "HT").param("status", "ACTIVE").param("clientId", "3")
                .param("page", "2").param("size", "5").with(withPermissions(ContractPermissions.CONTRACTS_VIEW)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.content.length()", is(0)))
            .andExpect(jsonPath("$.page", is(2)))
            .andExpect(jsonPath("$.size", is(5)))
            .andExpect(jsonPath("$.totalElements", is(11)))
            .andExpect(jsonPath("$.totalPages", is(3)));
        verify(queries).list(any(), eq("HT"), eq(ContractStatus.ACTIVE), eq(3L), eq(PageResponse.request(2, 5)));
        mvc.perform(get("/api/v1/contracts").param("size", "101").with(withPermissions(ContractPermissions.CONTRACTS_VIEW)))
            .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/contracts").with(withPermissions())).andExpect(status().isForbidden());
    }

    @Test
    void targetsOfASiteInScope() throws Exception {
        var day = LocalDate.of(2027, 5, 1);
        when(organisation.covers(any(), eq(new SiteId(4)))).thenReturn(true);
        when(contracts.targetsFor(new SiteId(4), day)).thenReturn(Optional.of(new SiteTargets(new ContractId(5), "HT-1",
                new SiteId(4), day.minusMonths(1), day.plusMonths(6), List.of(new PostTarget("大门岗", 2, 3, 172, null, 12)),
                List.of(new ServiceTarget(ServiceKind.CLEANING, "每日", 120, 30, null, 95)))));
        mvc.perform(get("/api/v1/contracts/targets").param("siteId", "4").param("date", "2027-05-01")
            .with(withPermissions(ContractPermissions.CONTRACTS_VIEW)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.posts[0].postName", is("大门岗")))
            .andExpect(jsonPath("$.posts[0].headcountPerShift", is(2)))
            .andExpect(jsonPath("$.services[0].responseMinutes", is(120)));
    }

    @Test
    void aSiteOutsideTheScopeOrWithoutContractIsNotFoundAsProblem() throws Exception {
        when(organisation.covers(any(), eq(new SiteId(4)))).thenReturn(false);
        mvc.perform(get("/api/v1/contracts/targets").param("siteId", "4").param("date", "2027-05-01")
            .with(as(ScopeLevel.CLIENT, 9L, ContractPermissions.CONTRACTS_VIEW)))
            .andExpect(status().isNotFound())
            .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        when(organisation.covers(any(), eq(new SiteId(5)))).thenReturn(true);
        mvc.perform(get("/api/v1/contracts/targets").param("siteId", "5").param("date", "2027-05-01")
            .with(withPermissions(ContractPermissions.CONTRACTS_VIEW)))
            .andExpect(status().isNotFound());
    }

    @Test
    void withoutContractRightsTheApiIsForbidden() throws Exception {
        mvc.perform(get("/api/v1/contracts").with(withPermissions(OrganisationPermissions.CLIENTS_VIEW))).andExpect(status().isForbidden());
    }

}
