package org.garrison.contracts.web;

import static org.garrison.contracts.web.WebSamples.CONTRACT_ID;
import static org.garrison.platform.security.TestPrincipals.withPermissions;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.argThat;
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

import java.util.Optional;

import org.garrison.contracts.ContractPermissions;
import org.garrison.contracts.internal.ContractLifecycle;
import org.garrison.contracts.internal.ContractQueries;
import org.garrison.platform.security.WebSliceTest;
import org.garrison.shared.DomainException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest
class ProposalControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ContractQueries queries;

    @Autowired
    ContractLifecycle lifecycle;

    @BeforeEach
    void data() {
        when(queries.get(any(), eq(CONTRACT_ID))).thenReturn(WebSamples.negotiating());
        when(queries.latest(any(), eq(CONTRACT_ID))).thenReturn(Optional.of(WebSamples.version(1, "36000")));
        when(queries.version(any(), eq(CONTRACT_ID), eq(1))).thenReturn(WebSamples.version(1, "36000"));
        when(queries.version(any(), eq(CONTRACT_ID), eq(2))).thenReturn(WebSamples.version(2, "30000"));
    }

    @Test
    void theNewVersionStartsFromTheLatestLines() throws Exception {
        mvc.perform(get("/contracts/{id}/proposals/new", CONTRACT_ID).with(withPermissions(ContractPermissions.CONTRACTS_MANAGE)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("value=\"大门岗\"")))
            .andExpect(content().string(containsString("name=\"lines[4].kind\"")));
    }

    @Test
    void linesAreBoundAndBlankRowsIgnored() throws Exception {
        when(lifecycle.propose(any(), eq(CONTRACT_ID), eq("减员"), anyList())).thenReturn(WebSamples.version(2, "30000"));
        mvc.perform(post("/contracts/{id}/proposals", CONTRACT_ID).with(withPermissions(ContractPermissions.CONTRACTS_MANAGE))
            .with(csrf()).param("changes", "减员").param("lines[0].kind", "GUARDING").param("lines[0].siteCode", "S901")
            .param("lines[0].siteName", "支行").param("lines[0].postName", "大门岗").param("lines[0].headcount", "1")
            .param("lines[0].shiftsPerDay", "3").param("lines[0].monthlyFee", "18000").param("lines[1].kind", ""))
            .andExpect(redirectedUrl("/contracts/" + CONTRACT_ID + "/proposals/2"));
        verify(lifecycle).propose(any(), eq(CONTRACT_ID), eq("减员"), argThat(lines -> lines.size() == 1
                && lines.get(0).headcount() == 1 && lines.get(0).monthlyFee().intValue() == 18000));
    }

    @Test
    void aProposalWithNoLinesIsRefusedWithAClearMessage() throws Exception {
        when(lifecycle.propose(any(), eq(CONTRACT_ID), eq("初稿"), argThat(l -> l.isEmpty())))
            .thenThrow(new DomainException("proposal.noLines"));
        mvc.perform(post("/contracts/{id}/proposals", CONTRACT_ID).with(withPermissions(ContractPermissions.CONTRACTS_MANAGE))
            .with(csrf()).param("changes", "初稿"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("方案至少需要一条服务项目")));
    }

    @Test
    void garbageNumbersAreShownAgainAndNothingIsProposed() throws Exception {
        mvc.perform(post("/contracts/{id}/proposals", CONTRACT_ID).with(withPermissions(ContractPermissions.CONTRACTS_MANAGE))
            .with(csrf()).param("changes", "x").param("lines[0].kind", "GUARDING").param("lines[0].headcount", "many"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("alert-danger")));
        verify(lifecycle, never()).propose(any(), anyLong(), anyString(), anyList());
    }

    @Test
    void viewersCompareButDoNotPropose() throws Exception {
        mvc.perform(get("/contracts/{id}/compare", CONTRACT_ID).param("left", "1").param("right", "2")
            .with(withPermissions(ContractPermissions.CONTRACTS_VIEW)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("data-change=\"changed\"")));
        mvc.perform(post("/contracts/{id}/proposals", CONTRACT_ID).with(withPermissions(ContractPermissions.CONTRACTS_VIEW))
            .with(csrf()).param("changes", "x"))
            .andExpect(status().isForbidden());
    }

}
