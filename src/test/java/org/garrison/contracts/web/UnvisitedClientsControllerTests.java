package org.garrison.contracts.web;

import static org.garrison.platform.security.TestPrincipals.withPermissions;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.garrison.contracts.ContractPermissions;
import org.garrison.contracts.internal.VisitGaps;
import org.garrison.contracts.internal.VisitGaps.UnvisitedClient;
import org.garrison.platform.security.WebSliceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest
class UnvisitedClientsControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    VisitGaps gaps;

    @BeforeEach
    void data() {
        when(gaps.defaultMonths()).thenReturn(3);
        when(gaps.unvisited(any(), anyInt(), any())).thenReturn(new PageImpl<>(List.of(
                new UnvisitedClient(4, "前海会展中心", null, LocalDate.of(2026, 12, 20)),
                new UnvisitedClient(5, "科技园物业", LocalDate.of(2026, 6, 2), null)), PageRequest.of(0, 100), 2));
    }

    @Test
    void customerServiceSeesTheForgottenClientsFirstWithTheCompanysDefaultGap() throws Exception {
        mvc.perform(get("/contracts/unvisited").with(withPermissions(ContractPermissions.CLIENT_RELATIONS_MANAGE)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("从未拜访")))
            .andExpect(content().string(containsString("href=\"/contracts/clients/4\"")))
            .andExpect(content().string(containsString("未计划")))
            .andExpect(content().string(containsString("value=\"3\"")));
        verify(gaps).unvisited(any(), eq(3), any());
        mvc.perform(get("/contracts/unvisited").param("months", "6").with(withPermissions(ContractPermissions.CLIENT_RELATIONS_MANAGE)))
            .andExpect(status().isOk());
        verify(gaps).unvisited(any(), eq(6), any());
    }

    @Test
    void theApiAnswersThePageOfTheSameService() throws Exception {
        mvc.perform(get("/api/v1/contracts/unvisited-clients").with(withPermissions(ContractPermissions.CLIENT_RELATIONS_MANAGE)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.content[0].clientId").value(4))
            .andExpect(jsonPath("$.content[1].lastVisitedOn").value("2026-06-02"));
    }

    @Test
    void othersMayNotSeeTheList() throws Exception {
        mvc.perform(get("/contracts/unvisited").with(withPermissions(ContractPermissions.CONTRACTS_VIEW)))
            .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/contracts/unvisited-clients").with(withPermissions(ContractPermissions.CONTRACTS_VIEW)))
            .andExpect(status().isForbidden());
    }

}
